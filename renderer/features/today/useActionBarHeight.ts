import { useEffect, useRef } from 'react';

/**
 * Publishes the editor's sticky action bar height as `--action-bar-height` on the page, so the
 * toasts (fixed at the bottom) sit above it instead of covering "Done" and "Delete". The bar wraps
 * to two lines on a narrow window, hence a ResizeObserver rather than a fixed number.
 */
export function useActionBarHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = ref.current;
    const root = document.documentElement;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => root.style.setProperty('--action-bar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--action-bar-height');
    };
  }, []);
  return ref;
}
