import { defineMessages } from '../define';

/**
 * Why a Humeur backup cannot be restored, one message per BackupError code
 * (shared/import/humeurBackup.ts). {entry} is a described entry, e.g. "3 oct. 2024 à 21:35".
 */
export const backupErrors = defineMessages({
  en: {
    'not-json': 'This file is not readable JSON. It may be damaged or not a backup at all.',
    'not-a-backup': 'This file is not a Humeur backup.',
    'invalid-version': 'This backup has no valid format version, so Humeur cannot read it safely.',
    'version-too-new': 'This backup was made by a newer version of Humeur (format {version}). Update Humeur to restore it.',
    'invalid-field': 'This backup is damaged: {path} is not valid.',
    'invalid-field.entry': 'This backup is damaged: the entry of {entry} has an invalid value ({path}).',
    'duplicate-id': 'This backup is damaged: {path} uses an identifier that appears twice.',
    'missing-client': 'The entry of {entry} refers to a client that is not in the backup.',
    'missing-signal': 'The entry of {entry} refers to a signal that is not in the backup.',
    entryAt: '{day} at {time}',
  },
  fr: {
    'not-json': 'Ce fichier n’est pas du JSON lisible. Il est peut-être abîmé, ou ce n’est pas une sauvegarde.',
    'not-a-backup': 'Ce fichier n’est pas une sauvegarde Humeur.',
    'invalid-version': 'Cette sauvegarde n’indique pas de version de format valable\u202f; Humeur ne peut pas la lire sans risque.',
    'version-too-new': 'Cette sauvegarde vient d’une version plus récente d’Humeur (format {version}). Mettez Humeur à jour pour la restaurer.',
    'invalid-field': 'Cette sauvegarde est abîmée\u202f: {path} n’est pas valable.',
    'invalid-field.entry': 'Cette sauvegarde est abîmée\u202f: l’entrée du {entry} contient une valeur non valable ({path}).',
    'duplicate-id': 'Cette sauvegarde est abîmée\u202f: {path} reprend un identifiant déjà utilisé.',
    'missing-client': 'L’entrée du {entry} renvoie à un client absent de la sauvegarde.',
    'missing-signal': 'L’entrée du {entry} renvoie à un signal absent de la sauvegarde.',
    entryAt: '{day} à {time}',
  },
});
