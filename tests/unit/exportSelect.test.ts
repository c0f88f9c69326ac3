import { describe, expect, it } from 'vitest';
import { selectEntries } from '../../shared/export/select';
import { entries } from '../fixtures/export/journal';

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('selectEntries', () => {
  it('keeps the period, bounds included, sorted by day then time', () => {
    const selected = selectEntries(entries, { from: '2024-10-01', to: '2024-10-05', languages: 'both' });
    // e-note-1 (12:10) comes before e-review-1 (21:35) on October 1, although listed after it.
    expect(ids(selected)).toEqual(['e-note-1', 'e-review-1', 'e-review-3', 'e-review-5']);
  });

  it('leaves a bound open when it is not given', () => {
    expect(ids(selectEntries(entries, { from: '2024-10-06', languages: 'both' }))).toEqual(['e-note-6', 'e-november']);
    expect(ids(selectEntries(entries, { to: '2024-10-01', languages: 'both' }))).toEqual(['e-note-1', 'e-review-1']);
    expect(selectEntries(entries, { languages: 'both' })).toHaveLength(entries.length);
  });

  it('keeps entries involving any chosen client; none chosen means every entry', () => {
    expect(ids(selectEntries(entries, { clientIds: ['c-acme'], languages: 'both' }))).toEqual(['e-review-1']);
    expect(ids(selectEntries(entries, { clientIds: ['c-bea', 'c-zenith'], languages: 'both' }))).toEqual([
      'e-note-1',
      'e-review-1',
      'e-review-3',
    ]);
    expect(selectEntries(entries, { clientIds: [], languages: 'both' })).toHaveLength(entries.length);
  });

  it('keeps entries carrying a chosen signal at day level or on a client', () => {
    // s-urgent is a day signal of e-review-1; s-meeting sits on Zénith in e-review-3.
    expect(ids(selectEntries(entries, { signalIds: ['s-meeting'], languages: 'both' }))).toEqual(['e-review-3']);
    expect(ids(selectEntries(entries, { signalIds: ['s-urgent', 's-unpaid'], languages: 'both' }))).toEqual(['e-review-1', 'e-review-3']);
    expect(ids(selectEntries(entries, { clientIds: ['c-acme'], signalIds: ['s-unpaid'], languages: 'both' }))).toEqual([]);
  });

  it('in one language, keeps entries with text in it, and rated entries even without it', () => {
    const fr = ids(selectEntries(entries, { from: '2024-10-01', to: '2024-10-31', languages: 'fr' }));
    // e-review-5 has no French text but a mood: kept. e-note-6 has neither: dropped.
    expect(fr).toEqual(['e-note-1', 'e-review-1', 'e-review-3', 'e-review-5']);
    const en = ids(selectEntries(entries, { from: '2024-10-01', to: '2024-10-31', languages: 'en' }));
    // e-note-1 has only French text and no rating (its felt score is not set): dropped.
    expect(en).toEqual(['e-review-1', 'e-review-3', 'e-review-5', 'e-note-6']);
  });

  it('counts a felt score as a rating and whitespace as no text', () => {
    const base = entries[1];
    const felt = { ...base, id: 'felt', text: { fr: '  \n ', en: '' }, clients: [{ clientId: 'c-bea', felt: 0 as const, signals: [] }] };
    const blank = { ...felt, id: 'blank', clients: [{ clientId: 'c-bea', felt: null, signals: [] }] };
    expect(ids(selectEntries([felt, blank], { languages: 'fr' }))).toEqual(['felt']);
    expect(ids(selectEntries([felt, blank], { languages: 'both' }))).toEqual(['blank', 'felt']);
  });

  it('does not change the array it is given', () => {
    const copy = [...entries];
    selectEntries(entries, { languages: 'fr' });
    expect(entries).toEqual(copy);
  });
});
