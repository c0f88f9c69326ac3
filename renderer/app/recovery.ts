import { RECOVERY_QUERY, RECOVERY_REASONS, type RecoveryReason } from '../../shared/ipc/appOrigin';

/**
 * Why the desktop shell reloaded the page, read from "?recovered=crash" (electron/recovery.ts),
 * and removed from the address at once so that a later reload does not repeat the message.
 */
export function takeRecoveryReason(win: Pick<Window, 'location' | 'history'> = window): RecoveryReason | null {
  const params = new URLSearchParams(win.location.search);
  const value = params.get(RECOVERY_QUERY);
  if (value === null) return null;
  params.delete(RECOVERY_QUERY);
  const search = params.toString();
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`);
  return (RECOVERY_REASONS as readonly string[]).includes(value) ? (value as RecoveryReason) : null;
}

/** Read once, when the page starts, before any navigation changes the address. */
export const startupRecovery: RecoveryReason | null = typeof window === 'undefined' ? null : takeRecoveryReason();
