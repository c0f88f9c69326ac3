import type { AttachmentCounts, PreviewNotes as Notes } from '../../../shared/import/types';
import { useT } from '../../app/settings';

const KINDS = [
  ['photos', 'importMore.left.photos'],
  ['videos', 'importMore.left.videos'],
  ['audios', 'importMore.left.audios'],
  ['pdfs', 'importMore.left.pdfs'],
] as const satisfies readonly (readonly [keyof AttachmentCounts, string])[];

/** What the preview says is left behind: Day One's attachments per kind, Mini Diary's missing times. */
export function PreviewNotes({ notes }: { notes: Notes }) {
  const { t } = useT();
  const left = KINDS.filter(([kind]) => (notes.attachments?.[kind] ?? 0) > 0);
  if (left.length === 0 && !notes.noonEntries) return null;
  return (
    <section className="preview-notes stack" aria-labelledby="preview-notes-title">
      <h3 id="preview-notes-title">{t('importMore.left.title')}</h3>
      <ul>
        {left.map(([kind, key]) => (
          <li key={kind}>{t(key, { count: notes.attachments?.[kind] ?? 0 })}</li>
        ))}
        {notes.noonEntries ? <li>{t('importMore.noon', { count: notes.noonEntries })}</li> : null}
      </ul>
      {left.length > 0 && <p className="field-hint">{t('importMore.left.hint')}</p>}
    </section>
  );
}
