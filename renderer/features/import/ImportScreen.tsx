import { useRef, useState } from 'react';
import type { HumeurBackup } from '../../../shared/export/backup';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { useT } from '../../app/settings';
import { platform } from '../../platform';
import { UnlockBackup } from '../privacy/UnlockBackup';
import { BackupImport } from './BackupImport';
import { FileChooser } from './FileChooser';
import { ImportDone, type ImportResult } from './ImportDone';
import { ImportFailure } from './ImportFailure';
import { JournalImport } from './JournalImport';
import { parseFile, type ParsePhase } from './parseFile';
import type { ChosenFormat, ParseOutcome } from './parseImportBytes';
import './import.css';

type ScreenState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string; phase: ParsePhase }
  | { step: 'parsed'; fileName: string; outcome: ParseOutcome; id: number }
  | { step: 'unexpected'; fileName: string; detail: string }
  | { step: 'done'; result: ImportResult };

/**
 * Import: choose a file (or drop it), see what it holds, map its tags and moods, then write it
 * all in one transaction. `api` is the platform bridge (tests pass a fake one).
 */
export function ImportScreen({ api = platform() }: { api?: DesktopApi }) {
  const { t } = useT();
  const [format, setFormat] = useState<ChosenFormat>('auto');
  const [state, setState] = useState<ScreenState>({ step: 'choose' });
  // A newer choice wins over a file still being read.
  const latest = useRef(0);

  const read = async (file: File) => {
    const id = ++latest.current;
    setState({ step: 'reading', fileName: file.name, phase: 'reading' });
    try {
      const outcome = await parseFile(file, format, (phase) => {
        if (latest.current === id) setState({ step: 'reading', fileName: file.name, phase });
      });
      if (latest.current === id) setState({ step: 'parsed', fileName: file.name, outcome, id });
    } catch (error) {
      if (latest.current === id) setState({ step: 'unexpected', fileName: file.name, detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const done = (result: ImportResult) => setState({ step: 'done', result });

  return (
    <section className="import-screen stack">
      <h1 tabIndex={-1}>{t('importing.title')}</h1>
      <p className="muted">{t('importing.intro')}</p>
      {state.step !== 'done' && <FileChooser format={format} onFormat={setFormat} onFile={(file) => void read(file)} busy={state.step === 'reading'} />}
      <div role="status" className="import-busy">
        {state.step === 'reading' && (
          <>
            <progress aria-hidden="true" />
            {t(state.phase === 'reading' ? 'importing.busy.reading' : 'importing.busy.parsing', { name: state.fileName })}
          </>
        )}
      </div>
      {state.step === 'unexpected' && (
        <div className="import-failure card stack" role="alert">
          <h2>{t('importing.failed.title', { name: state.fileName })}</h2>
          <p>{t('importing.failed.unexpected', { detail: state.detail })}</p>
        </div>
      )}
      {state.step === 'parsed' && <ParsedFile key={state.id} fileName={state.fileName} outcome={state.outcome} api={api} onDone={done} />}
      {state.step === 'done' && <ImportDone result={state.result} onAgain={() => setState({ step: 'choose' })} />}
    </section>
  );
}

function ParsedFile({ fileName, outcome, api, onDone }: { fileName: string; outcome: ParseOutcome; api: DesktopApi; onDone(result: ImportResult): void }) {
  switch (outcome.kind) {
    case 'journal':
      return <JournalImport fileName={fileName} preview={outcome.preview} onDone={(o) => onDone({ kind: 'import', outcome: o })} />;
    case 'backup':
      return <BackupImport backup={outcome.backup} api={api} onDone={onDone} />;
    case 'encryptedBackup':
      return <EncryptedBackupImport outcome={outcome} api={api} onDone={onDone} />;
    default:
      return <ImportFailure fileName={fileName} failure={outcome} />;
  }
}

/** An encrypted backup: its passphrase first, then the same preview as a plain one. */
function EncryptedBackupImport({ outcome, api, onDone }: { outcome: Extract<ParseOutcome, { kind: 'encryptedBackup' }>; api: DesktopApi; onDone(result: ImportResult): void }) {
  const [backup, setBackup] = useState<HumeurBackup | null>(null);
  if (backup) return <BackupImport backup={backup} api={api} onDone={onDone} />;
  return (
    <section className="card stack import-preview">
      <UnlockBackup envelope={outcome.envelope} onOpened={setBackup} />
    </section>
  );
}
