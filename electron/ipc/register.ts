/**
 * The one way the main process answers the renderer (after VS Code's validateSender): only
 * "humeur:" channels, only for the app's own page, and never a raw Error across the bridge —
 * an unexpected failure is logged here and answered with { ok: false, error }.
 */
import { CHANNEL_PREFIX } from '../../shared/ipc/contract';
import { isAppUrl, type Log } from '../security';

/** What the guard reads of an invoke event; Electron's IpcMainInvokeEvent has it. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike<E extends InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
}

export type Handler<E extends InvokeEvent> = (event: E, ...args: unknown[]) => unknown;

export interface HandleOptions {
  /** The file: URL of the app's index.html; any other sender is refused. */
  appUrl: string;
  log?: Log;
}

export interface IpcFailure {
  ok: false;
  error: string;
}

export const FORBIDDEN: IpcFailure = { ok: false, error: 'forbidden' };

const defaultLog: Log = (message, detail) => console.error(`[humeur] ${message}`, detail ?? '');

function senderUrl(event: InvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    // Electron throws when the frame has navigated or been destroyed since it sent the message.
    return undefined;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** Throws at start-up for a channel outside "humeur:": that is a programming error, not input. */
export function handle<E extends InvokeEvent>(ipcMain: IpcMainLike<E>, channel: string, handler: Handler<E>, options: HandleOptions): void {
  if (!channel.startsWith(CHANNEL_PREFIX) || channel.length === CHANNEL_PREFIX.length) {
    throw new Error(`IPC channel must start with "${CHANNEL_PREFIX}": ${JSON.stringify(channel)}`);
  }
  const log = options.log ?? defaultLog;
  ipcMain.handle(channel, async (event, ...args) => {
    const url = senderUrl(event);
    if (url === undefined || !isAppUrl(url, options.appUrl)) {
      log(`${channel} refused for sender`, url ?? '(no frame)');
      return FORBIDDEN;
    }
    try {
      return await handler(event, ...args);
    } catch (error) {
      log(`${channel} failed`, error);
      return { ok: false, error: messageOf(error) } satisfies IpcFailure;
    }
  });
}
