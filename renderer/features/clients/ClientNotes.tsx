import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Client } from '../../../shared/domain/types';
import { timeOf } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { updateClient } from '../../db/clients';

const SAVE_DELAY_MS = 500;

/** Free notes about a client, saved as the user types (and at once on blur or when leaving). */
export function ClientNotes({ client }: { client: Client }) {
  const db = useDb();
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState(client.notes);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const latest = useRef({ text: client.notes, saved: client.notes });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const { text: value, saved } = latest.current;
    if (value === saved) return;
    const result = await updateClient(db, client.id, { notes: value });
    if (!result.ok) return;
    latest.current.saved = value;
    if (latest.current.text === value) setDirty(false);
    setSavedAt(Date.now());
  }, [db, client.id]);

  useEffect(() => {
    const onLeave = () => void flush();
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [flush]);

  const onChange = (value: string) => {
    setText(value);
    setDirty(true);
    latest.current.text = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  return (
    <section className="card client-section" aria-labelledby={`${id}-title`}>
      <div className="section-title-row">
        <h2 id={`${id}-title`}>
          <label htmlFor={`${id}-notes`}>{t('clients.notes')}</label>
        </h2>
        <p className="save-status" role="status">
          {dirty ? t('clients.saving') : savedAt !== null ? t('clients.saved', { time: timeOf(new Date(savedAt)) }) : ''}
        </p>
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {t('clients.notes.hint')}
      </p>
      <textarea
        id={`${id}-notes`}
        dir="auto"
        spellCheck
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => void flush()}
      />
    </section>
  );
}
