/**
 * A protected journal locks when the computer does: Electron's powerMonitor reports the session
 * locking ('lock-screen', macOS and Windows) and the machine going to sleep ('suspend'); each is
 * forwarded to the page, which drops its key. powerMonitor is passed in so tests can fake it.
 */
import type { LockReason } from '../shared/ipc/contract';
import { lockReasonSchema } from './ipc/schemas';

export interface PowerMonitorLike {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  removeListener(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

/** Returns a function that stops watching. */
export function forwardLockEvents(power: PowerMonitorLike, send: (reason: LockReason) => void): () => void {
  const listeners = (['lock-screen', 'suspend'] as const).map((event) => {
    const listener = () => send(lockReasonSchema.parse(event));
    power.on(event, listener);
    return [event, listener] as const;
  });
  return () => {
    for (const [event, listener] of listeners) power.removeListener(event, listener);
  };
}
