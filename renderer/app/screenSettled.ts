/**
 * Calls `run` once the screen under `root` is usable: no loading placeholder (`.loading`, which
 * every screen shows while it reads its data) is left in it, and that state has been drawn. Work
 * that can wait, such as preparing another screen, then never competes with the first screen's
 * own reads and rendering. After `timeoutMs` it runs anyway. Returns a cancel function.
 */
export function whenScreenSettled(root: () => Element | null, run: () => void, timeoutMs = 3000): () => void {
  let done = false;
  let frame = 0;
  const finish = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    run();
  };
  const settled = () => {
    const el = root();
    return !!el && !el.querySelector('.loading');
  };
  const check = () => {
    if (done || frame || !settled()) return;
    // After the frame that shows it: a frame callback runs before the paint, the task after it.
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => setTimeout(() => (settled() ? finish() : ((frame = 0), check())), 0));
    else finish();
  };
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(check) : null;
  observer?.observe(document.body, { childList: true, subtree: true });
  const timer = setTimeout(finish, timeoutMs);
  check();
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  };
}
