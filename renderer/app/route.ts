import { useMemo, useSyncExternalStore } from 'react';

export const SCREENS = ['today', 'journal', 'clients', 'insights', 'export', 'import', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  screen: Screen;
  /** The rest of the path, e.g. a day "2024-10-01" for today, an entry id for journal. */
  param?: string;
}

/** "#/today/2024-10-01" → { screen: "today", param: "2024-10-01" }; anything else → Today. */
export function parseHash(hash: string): Route {
  const [screen, param] = hash.replace(/^#\/?/, '').split('/');
  const known = (SCREENS as readonly string[]).includes(screen) ? (screen as Screen) : 'today';
  return param ? { screen: known, param: decodeURIComponent(param) } : { screen: known };
}

export function hrefFor(route: Route): string {
  return `#/${route.screen}${route.param ? `/${encodeURIComponent(route.param)}` : ''}`;
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const currentHash = () => window.location.hash;

/**
 * The current route, following the location hash (links, back/forward, menu commands). The hash is
 * read at each render, not only when `hashchange` arrives (a task later): a render caused by
 * something else right after `navigate()` already draws the new screen, never one frame of the old.
 */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHash, currentHash);
  return useMemo(() => parseHash(hash), [hash]);
}
