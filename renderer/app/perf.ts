/**
 * Names the app's own waits on the browser's performance timeline ("humeur:insights-load", …), so
 * a profile (the Performance panel, `npm run bench`) shows where the time went. Costs nothing else.
 */
export function markDuration(name: string, start: number, end: number = performance.now()): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  try {
    performance.measure(`humeur:${name}`, { start, end });
  } catch {
    // An engine without User Timing Level 3 options: nothing to record.
  }
}
