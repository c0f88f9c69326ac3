import type { DesktopApi } from '../../shared/ipc/contract';
import { createWebPlatform } from './web';

/** The one reader of `window.humeur`: the desktop bridge when present, browser equivalents otherwise. */
export const isDesktop: boolean = typeof window !== 'undefined' && window.humeur !== undefined;

let cached: DesktopApi | undefined;

export function platform(): DesktopApi {
  cached ??= isDesktop ? window.humeur! : createWebPlatform();
  return cached;
}

export { downloadFile } from './web';
