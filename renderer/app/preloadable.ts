import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a screen that may be loaded ahead of its first use (a prefetch when idle). Once its
 * code is in, the component is handed to React synchronously: the screen is drawn on the first
 * render instead of suspending for a tick, committing its fallback, and then waiting out React's
 * throttle on revealing suspended content (about 300 ms) before it is shown.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function preloadable<T extends ComponentType<any>>(load: () => Promise<T>): { Component: T; preload(): Promise<T> } {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load (a network hiccup in web mode) may be tried again by the next render.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Component = lazy(() => {
    // A thenable that calls back at once: React reads a resolved lazy component in the same render.
    if (loaded) return { then: (resolve: (m: { default: T }) => void) => resolve({ default: loaded! }) } as unknown as Promise<{ default: T }>;
    return preload().then((component) => ({ default: component }));
  });
  return { Component: Component as unknown as T, preload };
}
