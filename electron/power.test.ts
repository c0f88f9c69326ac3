import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { Channels } from '../shared/ipc/contract';
import { forwardLockEvents } from './power';
import { buildDesktopApi, type IpcRendererLike } from './preload';

describe('locking with the computer', () => {
  it('forwards the session locking and the machine sleeping, and stops when asked', () => {
    const power = new EventEmitter();
    const send = vi.fn();
    const stop = forwardLockEvents(power, send);
    power.emit('lock-screen');
    power.emit('suspend');
    power.emit('resume');
    expect(send.mock.calls).toEqual([['lock-screen'], ['suspend']]);
    stop();
    power.emit('suspend');
    expect(send).toHaveBeenCalledTimes(2);
    expect(power.listenerCount('suspend')).toBe(0);
  });

  it('reaches the page through the preload, which ignores anything that is not a lock reason', () => {
    const emitter = new EventEmitter();
    const ipc = {
      invoke: vi.fn(async () => undefined),
      on: (channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener),
    } as unknown as IpcRendererLike;
    const api = buildDesktopApi(ipc);
    const heard = vi.fn();
    const off = api.onLockRequest(heard);
    const power = new EventEmitter();
    forwardLockEvents(power, (reason) => emitter.emit(Channels.lockRequest, {}, reason));
    power.emit('lock-screen');
    emitter.emit(Channels.lockRequest, {}, 'rm -rf');
    emitter.emit(Channels.lockRequest, {}, { toString: () => 'suspend' });
    expect(heard.mock.calls).toEqual([['lock-screen']]);
    off();
    expect(emitter.listenerCount(Channels.lockRequest)).toBe(0);
  });
});
