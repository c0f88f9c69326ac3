import { useSyncExternalStore } from 'react';
import type { DesktopCapabilities } from '../../../shared/ipc/contract';

/** What the desktop shell answered the last time the preferences were sent; null until then (and in the browser). */
let current: DesktopCapabilities | null = null;
const listeners = new Set<() => void>();

export function setDesktopCapabilities(next: DesktopCapabilities | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function useDesktopCapabilities(): DesktopCapabilities | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
