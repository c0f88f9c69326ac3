/**
 * Where the desktop app lives: its own privileged scheme, not file:. The page is
 * app://humeur/index.html, its journal lives in the IndexedDB of the origin app://humeur, and
 * the printed report is served from app://print/ (a private temporary folder). The web build is
 * served over http and never sees these.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'humeur';
export const PRINT_HOST = 'print';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one page that may call the main process; the renderer routes with the hash, e.g. "#/insights". */
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * After the page crashed or hung, the shell reloads it on Today with this query, e.g.
 * "app://humeur/index.html?recovered=crash#/today", and the page tells the user what happened.
 */
export const RECOVERY_QUERY = 'recovered';
export type RecoveryReason = 'crash' | 'unresponsive';
export const RECOVERY_REASONS: readonly RecoveryReason[] = ['crash', 'unresponsive'];
