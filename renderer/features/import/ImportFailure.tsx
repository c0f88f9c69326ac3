import { useT } from '../../app/settings';
import { importErrorMessageKey } from '../../../shared/import/errorMessages';
import { backupErrorMessage } from '../../../shared/import/humeurBackup';
import type { ParseOutcome } from './parseImportBytes';

type Failure = Extract<ParseOutcome, { kind: 'importError' | 'backupError' }>;

/** Why a file is refused, in the UI language, naming the line or entry where the file says it. */
export function ImportFailure({ fileName, failure }: { fileName: string; failure: Failure }) {
  const { t, lang } = useT();
  let message: string;
  if (failure.kind === 'importError') {
    const { key, vars } = importErrorMessageKey(failure.error);
    message = t(key, vars);
  } else message = backupErrorMessage(failure.error, lang);
  return (
    <div className="import-failure card stack" role="alert">
      <h2>{t('importing.failed.title', { name: fileName })}</h2>
      <p>{message}</p>
      <p className="muted">{t('importing.failed.unchanged')}</p>
    </div>
  );
}
