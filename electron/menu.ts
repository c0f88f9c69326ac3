/**
 * The application menu, in the UI language. Items that move around the app send a MenuCommand
 * to the page (the renderer decides what "go-journal" means); the rest are Electron roles with
 * our own labels, so that they follow the UI language rather than the system's.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../shared/domain/types';
import { translate, type MessageKey } from '../shared/i18n';
import type { MenuCommand } from '../shared/ipc/contract';

export interface MenuOptions {
  lang: Lang;
  platform: NodeJS.Platform;
  /** Packaged builds have no developer tools item. */
  isPackaged: boolean;
  /** Delivers a command to the main window's page. */
  send(command: MenuCommand): void;
}

/** The Go menu: Ctrl/Cmd+1…5, in the order of the app's own navigation. */
export const GO_ITEMS: ReadonlyArray<{ label: MessageKey; command: MenuCommand }> = [
  { label: 'menu.go.today', command: 'go-today' },
  { label: 'menu.go.journal', command: 'go-journal' },
  { label: 'menu.go.clients', command: 'go-clients' },
  { label: 'menu.go.insights', command: 'go-insights' },
  { label: 'menu.go.settings', command: 'go-settings' },
];

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(options.lang, key);
  const isMac = options.platform === 'darwin';
  const command = (label: MessageKey, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(label),
    accelerator,
    click: () => options.send(name),
  });
  const about: MenuItemConstructorOptions = { role: 'about', label: t('menu.help.about') };

  const appMenu: MenuItemConstructorOptions = {
    label: t('app.name'),
    submenu: [
      about,
      separator,
      command('menu.app.settings', 'go-settings', 'Cmd+,'),
      separator,
      { role: 'services', label: t('menu.app.services') },
      separator,
      { role: 'hide', label: t('menu.app.hide') },
      { role: 'hideOthers', label: t('menu.app.hideOthers') },
      { role: 'unhide', label: t('menu.app.showAll') },
      separator,
      { role: 'quit', label: t('menu.app.quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      command('menu.file.newNote', 'new-note', 'CmdOrCtrl+N'),
      separator,
      command('menu.file.export', 'go-export', 'CmdOrCtrl+E'),
      command('menu.file.import', 'go-import', 'CmdOrCtrl+O'),
      separator,
      command('menu.file.lock', 'lock-now', 'CmdOrCtrl+L'),
      separator,
      isMac ? { role: 'close', label: t('menu.file.closeWindow') } : { role: 'quit', label: t('menu.file.quit') },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.edit.undo') },
      { role: 'redo', label: t('menu.edit.redo') },
      separator,
      { role: 'cut', label: t('menu.edit.cut') },
      { role: 'copy', label: t('menu.edit.copy') },
      { role: 'paste', label: t('menu.edit.paste') },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: t('menu.edit.pasteAndMatchStyle') } as const] : []),
      { role: 'delete', label: t('menu.edit.delete') },
      separator,
      { role: 'selectAll', label: t('menu.edit.selectAll') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.view.reload') },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: t('menu.view.toggleDevTools') } as const]),
      separator,
      { role: 'resetZoom', label: t('menu.view.resetZoom') },
      { role: 'zoomIn', label: t('menu.view.zoomIn') },
      { role: 'zoomOut', label: t('menu.view.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.view.toggleFullScreen') },
    ],
  };

  const goMenu: MenuItemConstructorOptions = {
    label: t('menu.go'),
    submenu: GO_ITEMS.map((item, index) => command(item.label, item.command, `CmdOrCtrl+${index + 1}`)),
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'),
    role: 'window',
    submenu: [
      { role: 'minimize', label: t('menu.window.minimize') },
      { role: 'zoom', label: t('menu.window.zoom') },
      separator,
      { role: 'front', label: t('menu.window.front') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = { label: t('menu.help'), role: 'help', submenu: [about] };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, goMenu, ...(isMac ? [windowMenu] : []), helpMenu];
}

export type MenuApi = Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

/** Builds and installs the menu; called again by setLanguage to rebuild it in the new language. */
export function installMenu(menu: MenuApi, options: MenuOptions): void {
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate(options)));
}
