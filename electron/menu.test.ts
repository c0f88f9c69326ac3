import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../shared/ipc/contract';
import { buildMenuTemplate, installMenu, type MenuApi, type MenuOptions } from './menu';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return { lang: 'fr', platform: 'linux', isPackaged: true, send: vi.fn(), ...overrides };
}

const submenuOf = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];
const find = (template: MenuItemConstructorOptions[], label: string) => template.find((item) => item.label === label)!;
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);

function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe('the application menu', () => {
  it('is in French when the UI is in French', () => {
    const template = buildMenuTemplate(options());
    expect(template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aller', 'Aide']);
    expect(labels(submenuOf(find(template, 'Fichier')))).toEqual(['Nouvelle note', 'Exporter…', 'Importer…', 'Verrouiller maintenant', 'Quitter']);
    expect(labels(submenuOf(find(template, 'Édition')))).toEqual(['Annuler', 'Rétablir', 'Couper', 'Copier', 'Coller', 'Supprimer', 'Tout sélectionner']);
    expect(labels(submenuOf(find(template, 'Aide')))).toEqual(['À propos d’Humeur']);
  });

  it('is in English when the UI is in English', () => {
    const template = buildMenuTemplate(options({ lang: 'en' }));
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
    expect(labels(submenuOf(find(template, 'Go')))).toEqual(['Today', 'Journal', 'Clients', 'Insights', 'Settings']);
  });

  it('goes to the five sections with Ctrl/Cmd+1…5 by sending menu commands', () => {
    const send = vi.fn();
    const go = submenuOf(find(buildMenuTemplate(options({ send })), 'Aller'));
    expect(go.map((i) => [i.label, i.accelerator])).toEqual([
      ['Aujourd’hui', 'CmdOrCtrl+1'],
      ['Journal', 'CmdOrCtrl+2'],
      ['Clients', 'CmdOrCtrl+3'],
      ['Analyses', 'CmdOrCtrl+4'],
      ['Réglages', 'CmdOrCtrl+5'],
    ]);
    go.forEach(click);
    expect(send.mock.calls.map(([command]) => command)).toEqual(['go-today', 'go-journal', 'go-clients', 'go-insights', 'go-settings'] satisfies MenuCommand[]);
  });

  it('starts a note, an export or an import from the File menu', () => {
    const send = vi.fn();
    const file = submenuOf(find(buildMenuTemplate(options({ send, lang: 'en' })), 'File'));
    const [newNote, , exportItem, importItem, , lockItem, , quit] = file;
    expect([newNote.accelerator, exportItem.accelerator, importItem.accelerator, lockItem.accelerator]).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+E', 'CmdOrCtrl+O', 'CmdOrCtrl+L']);
    [newNote, exportItem, importItem, lockItem].forEach(click);
    expect(send.mock.calls.map(([command]) => command)).toEqual(['new-note', 'go-export', 'go-import', 'lock-now']);
    expect(quit.role).toBe('quit');
  });

  it('offers the developer tools only in a development build', () => {
    const roles = (isPackaged: boolean) => submenuOf(find(buildMenuTemplate(options({ isPackaged })), 'Affichage')).map((i) => i.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('has the macOS app and Window menus on macOS, with Settings on Cmd+,', () => {
    const send = vi.fn();
    const template = buildMenuTemplate(options({ platform: 'darwin', send }));
    expect(template.map((m) => m.label)).toEqual(['Humeur', 'Fichier', 'Édition', 'Affichage', 'Aller', 'Fenêtre', 'Aide']);
    const appMenu = submenuOf(template[0]);
    const settings = appMenu.find((i) => i.label === 'Réglages…')!;
    expect(settings.accelerator).toBe('Cmd+,');
    click(settings);
    expect(send).toHaveBeenCalledWith('go-settings');
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit', label: 'Quitter Humeur' });
    expect(submenuOf(find(template, 'Fichier')).at(-1)).toMatchObject({ role: 'close', label: 'Fermer la fenêtre' });
    expect(labels(submenuOf(find(template, 'Édition')))).toContain('Coller et adapter le style');
  });

  it('labels every item itself, so no system-language label slips in', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const walk = (items: MenuItemConstructorOptions[]): void =>
        items.forEach((item) => {
          if (item.type === 'separator') return;
          expect(item.label, JSON.stringify(item)).toMatch(/\S/);
          if (Array.isArray(item.submenu)) walk(item.submenu);
        });
      walk(buildMenuTemplate(options({ platform, isPackaged: false })));
    }
  });

  it('installs the menu, and installing again follows the new language', () => {
    const built: MenuItemConstructorOptions[][] = [];
    const menu = {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => {
        built.push(template);
        return { id: built.length };
      }),
      setApplicationMenu: vi.fn(),
    };
    installMenu(menu as unknown as MenuApi, options({ lang: 'en' }));
    installMenu(menu as unknown as MenuApi, options({ lang: 'fr' }));
    expect(built.map((t) => t[0].label)).toEqual(['File', 'Fichier']);
    expect(menu.setApplicationMenu.mock.calls).toEqual([[{ id: 1 }], [{ id: 2 }]]);
  });
});
