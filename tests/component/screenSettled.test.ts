import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenScreenSettled } from '../../renderer/app/screenSettled';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const main = () => document.querySelector('main');
const tick = () => new Promise((resolve) => setTimeout(resolve, 40));

describe('whenScreenSettled', () => {
  it('waits while the screen shows a loading placeholder, and runs once it is gone and drawn', async () => {
    document.body.innerHTML = '<main><p class="loading">Loading…</p></main>';
    const run = vi.fn();
    whenScreenSettled(main, run, 10_000);
    await tick();
    expect(run).not.toHaveBeenCalled();
    main()!.innerHTML = '<h1>Today</h1><p class="loading">Entries…</p>';
    await tick();
    expect(run).not.toHaveBeenCalled();
    main()!.querySelector('.loading')!.remove();
    await tick();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs anyway after the time limit, and never after being cancelled', async () => {
    document.body.innerHTML = '<main><p class="loading">Loading…</p></main>';
    const late = vi.fn();
    whenScreenSettled(main, late, 30);
    const cancelled = vi.fn();
    const cancel = whenScreenSettled(main, cancelled, 30);
    cancel();
    await tick();
    expect(late).toHaveBeenCalledTimes(1);
    main()!.innerHTML = '';
    await tick();
    expect(cancelled).not.toHaveBeenCalled();
    expect(late).toHaveBeenCalledTimes(1);
  });
});
