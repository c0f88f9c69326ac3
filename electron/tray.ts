/**
 * The tray icon shown while Humeur runs in the background: Open, Write today's review, Quit —
 * and "Remind me in 30 minutes" while a reminder is on screen (the notification's own "Later"
 * button does not exist on every system). Electron's Tray and Menu are passed in.
 */
import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import type { Lang } from '../shared/domain/types';
import { translate } from '../shared/i18n';

export type TrayLike = Pick<Tray, 'setToolTip' | 'setContextMenu' | 'on' | 'destroy'>;

export interface TrayActions {
  open(): void;
  writeReview(): void;
  snooze(): void;
  quit(): void;
}

export interface TrayDeps extends TrayActions {
  /** `(icon) => new Tray(icon)` in the app. */
  createTray(iconPath: string): TrayLike;
  menu: Pick<typeof Menu, 'buildFromTemplate'>;
  iconPath: string;
  platform: NodeJS.Platform;
}

export interface TrayState {
  enabled: boolean;
  lang: Lang;
  /** A reminder is on screen: offer "Remind me in 30 minutes". */
  reminderPending: boolean;
}

export function buildTrayTemplate(lang: Lang, reminderPending: boolean, actions: TrayActions): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return [
    { label: t('reminder.tray.open'), click: () => actions.open() },
    { label: t('reminder.tray.write'), click: () => actions.writeReview() },
    ...(reminderPending ? [{ label: t('reminder.tray.later'), click: () => actions.snooze() }] : []),
    { type: 'separator' },
    { label: t('reminder.tray.quit'), click: () => actions.quit() },
  ];
}

export interface TrayController {
  update(state: TrayState): void;
  readonly active: boolean;
  destroy(): void;
}

export function createTrayController(deps: TrayDeps): TrayController {
  let tray: TrayLike | null = null;
  let last: TrayState | null = null;

  const update = (state: TrayState) => {
    last = state;
    if (!state.enabled) {
      tray?.destroy();
      tray = null;
      return;
    }
    if (!tray) {
      tray = deps.createTray(deps.iconPath);
      // Windows and Linux users expect a click on the icon to bring the window back; macOS opens the menu.
      if (deps.platform !== 'darwin') tray.on('click', () => deps.open());
    }
    tray.setToolTip(translate(state.lang, 'reminder.tray.tooltip'));
    tray.setContextMenu(deps.menu.buildFromTemplate(buildTrayTemplate(state.lang, state.reminderPending, deps)));
  };

  return {
    update,
    get active() {
      return tray !== null && last?.enabled === true;
    },
    destroy() {
      tray?.destroy();
      tray = null;
    },
  };
}
