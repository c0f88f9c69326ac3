import { defineMessages } from '../define';

/**
 * What the desktop shell tells the user about the window itself: the page reloaded after a crash
 * or a hang (shown by the page, renderer/app/RecoveryNotice.tsx), and the dialog shown when it
 * keeps failing (electron/main.ts).
 */
export const shell = defineMessages({
  en: {
    'recovered.crash': 'Humeur stopped unexpectedly and has been reopened on Today. What you were typing has been kept.',
    'recovered.unresponsive': 'Humeur stopped responding and has been restarted on Today. What you were typing has been kept.',
    'recovered.dismiss': 'Dismiss',
    'backupRefused.wrong-day': 'the date of the backup is not today’s date on this computer',
    'backupRefused.too-large': 'the journal is larger than a backup may be (128 MB)',
    'backupRefused.not-a-backup': 'what was to be saved is not a complete Humeur backup',
    'giveUp.title': 'Humeur keeps stopping',
    'giveUp.crash': 'The window stopped unexpectedly several times in a row, so Humeur will not reopen it again by itself. Your journal is safe. Quit Humeur and start it again; if this keeps happening, restore a recent backup from Settings.',
    'giveUp.unresponsive': 'The window stopped responding several times in a row, so Humeur will not restart it again by itself. Your journal is safe. Quit Humeur and start it again.',
  },
  fr: {
    'recovered.crash': 'Humeur s’est arrêté de façon inattendue et a été rouvert sur Aujourd’hui. Ce que vous écriviez a été conservé.',
    'recovered.unresponsive': 'Humeur ne répondait plus et a été redémarré sur Aujourd’hui. Ce que vous écriviez a été conservé.',
    'recovered.dismiss': 'Fermer',
    'backupRefused.wrong-day': 'la date de la sauvegarde n’est pas celle du jour sur cet ordinateur',
    'backupRefused.too-large': 'le journal dépasse la taille permise pour une sauvegarde (128 Mo)',
    'backupRefused.not-a-backup': 'ce qui devait être enregistré n’est pas une sauvegarde Humeur complète',
    'giveUp.title': 'Humeur s’arrête sans cesse',
    'giveUp.crash': 'La fenêtre s’est arrêtée plusieurs fois de suite\u202f; Humeur ne la rouvrira plus de lui-même. Votre journal est intact. Quittez Humeur puis relancez-le\u202f; si cela se reproduit, restaurez une sauvegarde récente depuis les Réglages.',
    'giveUp.unresponsive': 'La fenêtre a cessé de répondre plusieurs fois de suite\u202f; Humeur ne la redémarrera plus de lui-même. Votre journal est intact. Quittez Humeur puis relancez-le.',
  },
});
