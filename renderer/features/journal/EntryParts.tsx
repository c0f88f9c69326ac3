import type { Entry, Lang } from '../../../shared/domain/types';
import { signalLabel } from '../../../shared/domain/signals';
import { formatSigned } from '../../../shared/i18n';
import { useT } from '../../app/settings';
import type { JournalLookups } from './useJournalLookups';

const LANGS: Lang[] = ['fr', 'en'];

/** The languages an entry is written in, e.g. ["fr"] for a French-only entry. */
export function entryLanguages(entry: Entry): Lang[] {
  return LANGS.filter((l) => entry.text[l].trim() !== '');
}

/** "Mood 4/5 · Energy 2/5", with a dot in the mood's colour; nothing for an unrated note. */
export function EntryScores({ entry }: { entry: Entry }) {
  const { t } = useT();
  if (entry.mood === null && entry.energy === null) return null;
  return (
    <p className="journal-scores">
      {entry.mood !== null && (
        <span className="journal-score">
          <span className={`journal-mood-dot journal-mood-${entry.mood}`} aria-hidden="true" />
          {t('journal.mood', { value: entry.mood })}
        </span>
      )}
      {entry.energy !== null && <span className="journal-score">{t('journal.energy', { value: entry.energy })}</span>}
    </p>
  );
}

/** "FR" / "EN" badges, read out as "Written in French, English". */
export function LanguageBadges({ entry }: { entry: Entry }) {
  const { t } = useT();
  const langs = entryLanguages(entry);
  if (langs.length === 0) return null;
  return (
    <p className="journal-langs">
      <span className="visually-hidden">{t('journal.writtenIn')} </span>
      {langs.map((l, i) => (
        <span key={l} className="badge journal-lang-badge">
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="visually-hidden">
            {t(`journal.lang.${l}`)}
            {i < langs.length - 1 ? ', ' : ''}
          </span>
        </span>
      ))}
    </p>
  );
}

/** Client chips (colour, name, felt score with a true minus sign, hours, signals) and day signals. */
export function EntryLinks({ entry, lookups }: { entry: Entry; lookups: JournalLookups }) {
  const { t, lang } = useT();
  const signalName = (id: string) => {
    const signal = lookups.signalById.get(id);
    return signal ? signalLabel(signal, lang) : id;
  };
  if (entry.clients.length === 0 && entry.signals.length === 0) return null;
  return (
    <div className="journal-tags">
      {entry.clients.length > 0 && (
        <ul className="journal-clients" aria-label={t('journal.clients')}>
          {entry.clients.map((link) => {
            const client = lookups.clientById.get(link.clientId);
            return (
              <li key={link.clientId} className="journal-client">
                <span className="journal-chip">
                  <span className="swatch" style={{ background: client?.color ?? 'var(--text-muted)' }} aria-hidden="true" />
                  <span>{client?.name ?? t('journal.client.unknown')}</span>
                  {link.felt !== null && (
                    <span className={`journal-felt felt-${link.felt < 0 ? 'drain' : link.felt > 0 ? 'lift' : 'even'}`}>
                      <span className="visually-hidden">{t('journal.felt')} </span>
                      {formatSigned(lang, link.felt, 0)}
                    </span>
                  )}
                  {link.hours !== undefined && <span className="journal-hours">{t('journal.hours', { value: link.hours })}</span>}
                </span>
                {link.signals.map((id) => (
                  <span key={id} className="journal-signal">
                    {signalName(id)}
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      )}
      {entry.signals.length > 0 && (
        <ul className="journal-signals" aria-label={t('journal.signals')}>
          {entry.signals.map((id) => (
            <li key={id} className="journal-signal">
              {signalName(id)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
