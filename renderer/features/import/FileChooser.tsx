import { useId, useState, type DragEvent } from 'react';
import type { Translate } from '../../../shared/i18n';
import { MAX_IMPORT_BYTES } from '../../../shared/import/input';
import { useT } from '../../app/settings';
import { CHOSEN_FORMATS, type ChosenFormat } from './parseImportBytes';

const FORMAT_KEYS = {
  auto: 'importing.format.auto',
  humeur: 'importing.format.humeur',
  daylio: 'importing.format.daylio',
  dayone: 'importing.format.dayone',
  jrnl: 'importing.format.jrnl',
  minidiary: 'importing.format.minidiary',
} as const;

export function formatName(t: Translate, format: ChosenFormat): string {
  return t(FORMAT_KEYS[format]);
}

interface Props {
  format: ChosenFormat;
  onFormat(format: ChosenFormat): void;
  onFile(file: File): void;
  busy: boolean;
}

/** The format list (or automatic detection), a real file input, and a drop area around it. */
export function FileChooser({ format, onFormat, onFile, busy }: Props) {
  const { t } = useT();
  const id = useId();
  const [dragging, setDragging] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };

  return (
    <div
      className={`import-chooser card${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="field">
        <label htmlFor={`${id}-format`}>{t('importing.format.label')}</label>
        <select id={`${id}-format`} value={format} onChange={(e) => onFormat(e.target.value as ChosenFormat)}>
          {CHOSEN_FORMATS.map((f) => (
            <option key={f} value={f}>
              {formatName(t, f)}
            </option>
          ))}
        </select>
      </div>
      <div className="field file-field">
        {/* The real file input, kept focusable; its label is the visible button, so the whole
            control speaks the UI language (the browser's own "Choose File" follows the system). */}
        <input
          id={`${id}-file`}
          className="visually-hidden file-input"
          type="file"
          accept=".json,.csv,.zip,application/json,text/csv,application/zip"
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again (a re-import) is seen as a choice.
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
        <label htmlFor={`${id}-file`} className="button button-primary file-button">
          {t('importing.file.label')}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {dragging ? t('importing.file.drop') : t('importing.file.hint', { max: MAX_IMPORT_BYTES / (1024 * 1024) })}
        </p>
      </div>
    </div>
  );
}
