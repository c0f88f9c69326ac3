import type { MessageKey, Vars } from '../i18n';
import { MAX_IMPORT_BYTES } from './input';
import type { ImportError, ImportErrorCode, SkipCode, SkippedItem } from './types';

type Code = ImportErrorCode | SkipCode;

/** The message keys of each code: the plain one, and where they exist the ones naming a line or an entry. */
const KEYS: Record<Code, { plain: MessageKey; atLine?: MessageKey; inEntry?: MessageKey }> = {
  empty: { plain: 'importErrors.empty' },
  tooLarge: { plain: 'importErrors.tooLarge' },
  notUtf8: { plain: 'importErrors.notUtf8', atLine: 'importErrors.notUtf8AtLine' },
  notJson: { plain: 'importErrors.notJson', atLine: 'importErrors.notJsonAtLine' },
  truncated: { plain: 'importErrors.truncated', atLine: 'importErrors.truncatedAtLine' },
  notThisFormat: { plain: 'importErrors.notThisFormat' },
  missingColumns: { plain: 'importErrors.missingColumns' },
  invalidDate: {
    plain: 'importErrors.invalidDate',
    atLine: 'importErrors.invalidDateAtLine',
    inEntry: 'importErrors.invalidDateInEntry',
  },
  invalidTime: {
    plain: 'importErrors.invalidTime',
    atLine: 'importErrors.invalidTimeAtLine',
    inEntry: 'importErrors.invalidTimeInEntry',
  },
  wrongFieldCount: { plain: 'importErrors.wrongFieldCount', atLine: 'importErrors.wrongFieldCountAtLine' },
  invalidEntry: { plain: 'importErrors.invalidEntry', inEntry: 'importErrors.invalidEntryInEntry' },
  emptyEntry: {
    plain: 'importErrors.emptyEntry',
    atLine: 'importErrors.emptyEntryAtLine',
    inEntry: 'importErrors.emptyEntryInEntry',
  },
  badZip: { plain: 'importErrors.badZip' },
  zipBomb: { plain: 'importMore.zipBomb' },
  unknownMonth: { plain: 'importMore.unknownMonth', atLine: 'importMore.unknownMonthAtLine' },
  implausibleDate: {
    plain: 'importMore.implausibleDate',
    atLine: 'importMore.implausibleDateAtLine',
    inEntry: 'importMore.implausibleDateInEntry',
  },
  noJsonInZip: { plain: 'importErrors.noJsonInZip' },
  unknownFormat: { plain: 'importErrors.unknownFormat' },
};

/**
 * The UI message of a refused file or a skipped row, for `translate(lang, key, vars)`, e.g.
 * { code: 'invalidDate', line: 3, value: '2023-02-30' } → { key: 'importErrors.invalidDateAtLine',
 * vars: { line: '3', value: '2023-02-30', … } } → "Ligne 3 : la date « 2023-02-30 » n’existe pas."
 * Line and entry go as text so that line 1234 does not read "1 234".
 */
export function importErrorMessageKey(error: ImportError | SkippedItem): { key: MessageKey; vars: Vars } {
  const keys = KEYS[error.code];
  const key =
    (error.line !== undefined && keys.atLine) || (error.entry !== undefined && keys.inEntry) || keys.plain;
  const vars: Vars = { max: MAX_IMPORT_BYTES / (1024 * 1024), value: error.value ?? '' };
  if (error.line !== undefined) vars.line = String(error.line);
  if (error.entry !== undefined) vars.entry = String(error.entry);
  if (error.code === 'notThisFormat') vars.format = error.value ?? '';
  if (error.code === 'missingColumns') vars.columns = error.value ?? '';
  return { key, vars };
}
