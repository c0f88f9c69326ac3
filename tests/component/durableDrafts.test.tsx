/**
 * The durable copy of drafts in IndexedDB (renderer/features/today/drafts.ts): written within ¼ s
 * of each change even while typing goes on, put back when the app starts after a killed browser
 * left nothing in localStorage, read by recovery, and dropped once the entry is saved.
 */
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayKey } from '../../shared/domain/dates';
import { blankEntry, entriesOfDay } from '../../renderer/db/entries';
import { openHumeurDb, type HumeurDb } from '../../renderer/db/schema';
import {
  DURABLE_DRAFT_INTERVAL_MS,
  durableDrafts,
  readDraft,
  restoreDurableDrafts,
  saveDraft,
} from '../../renderer/features/today/drafts';
import { TodayScreen } from '../../renderer/features/today/TodayScreen';
import { openTestDb, renderWithApp } from './testDb';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

/** Lets fake-indexeddb finish its transactions (it schedules them with setImmediate, not timers). */
async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

async function durableText(db: HumeurDb, id: string) {
  return (await db.drafts.get(id))?.entry.text.en;
}

describe('the durable draft', () => {
  it('follows continuous typing within the interval, not only after a pause', async () => {
    const db = await openTestDb('en');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(1_700_000_000_000);
    const entry = blankEntry(todayKey(), '21:00', 'review', Date.now());
    const sentence = 'A long call with Acme, again about the scope.';
    const durableAt: string[] = [];
    // One keystroke every 40 ms with no pause at all: a debounced save would never fire.
    for (let i = 1; i <= sentence.length; i++) {
      saveDraft(db, { ...entry, text: { fr: '', en: sentence.slice(0, i) } }, Date.now());
      await settle();
      durableAt.push((await durableText(db, entry.id)) ?? '');
      vi.advanceTimersByTime(40);
    }
    // The first keystroke is durable at once; afterwards the copy is never more than one interval (+1 keystroke) behind.
    expect(durableAt[0]).toBe('A');
    const behind = durableAt.map((text, i) => i + 1 - text.length);
    expect(Math.max(...behind)).toBeLessThanOrEqual(Math.ceil(DURABLE_DRAFT_INTERVAL_MS / 40) + 1);
    // …and it is a throttle, not a write per keystroke.
    const writes = new Set(durableAt).size;
    expect(writes).toBeLessThan(sentence.length / 3);
    expect(writes).toBeGreaterThan(4);
    vi.advanceTimersByTime(DURABLE_DRAFT_INTERVAL_MS);
    await settle();
    expect(await durableText(db, entry.id)).toBe(sentence);
  });

  it('is put back when the browser was killed before localStorage reached the disk, and the editor shows it', async () => {
    const db = await openTestDb('en');
    const entry = { ...blankEntry(todayKey(), '21:00', 'review', Date.now()), mood: 4 };
    saveDraft(db, { ...entry, text: { fr: '', en: 'Everything typed before the power cut' } }, Date.now());
    await waitFor(async () => expect(await durableText(db, entry.id)).toBe('Everything typed before the power cut'));
    // What a killed browser leaves: localStorage never written, the entry never saved.
    localStorage.clear();
    db.close();

    const reopened = openHumeurDb(db.name);
    await reopened.open();
    expect(await restoreDurableDrafts(reopened)).toBe(1);
    expect(readDraft(entry.id)?.entry.text.en).toBe('Everything typed before the power cut');
    renderWithApp(<TodayScreen />, reopened);
    expect(((await screen.findByLabelText('English')) as HTMLTextAreaElement).value).toBe('Everything typed before the power cut');
    await waitFor(async () => expect((await entriesOfDay(reopened, todayKey()))[0]?.text.en).toBe('Everything typed before the power cut'));
    // Saved: both copies are gone, so the draft cannot come back over later edits.
    await waitFor(async () => expect(await durableDrafts(reopened)).toEqual([]));
    expect(readDraft(entry.id)).toBeNull();
  });

  it('does not replace a newer quick copy', async () => {
    const db = await openTestDb('en');
    const entry = blankEntry(todayKey(), '21:00', 'review', 1_700_000_000_000);
    await db.drafts.put({ id: entry.id, entry: { ...entry, text: { fr: '', en: 'older' } }, changedAt: 1_700_000_001_000 });
    localStorage.setItem(`humeur.draft.${entry.id}`, JSON.stringify({ entry: { ...entry, text: { fr: '', en: 'newer' } }, changedAt: 1_700_000_002_000 }));
    expect(await restoreDurableDrafts(db)).toBe(0);
    expect(readDraft(entry.id)?.entry.text.en).toBe('newer');
  });

  it('is recovered on a past day even with no quick copy at all', async () => {
    const db = await openTestDb('en');
    const lost = { ...blankEntry('2025-01-10', '22:40', 'review', 1_700_000_000_000), mood: 2, text: { fr: '', en: 'Filled in late, then the laptop died.' } };
    await db.drafts.put({ id: lost.id, entry: lost, changedAt: 1_700_000_005_000 });
    renderWithApp(<TodayScreen />, db);
    expect(await screen.findByText('Recovered 1 entry typed before Humeur closed.')).toBeTruthy();
    expect(await entriesOfDay(db, '2025-01-10')).toMatchObject([{ id: lost.id, text: { en: 'Filled in late, then the laptop died.' } }]);
    expect(await durableDrafts(db)).toEqual([]);
  });

  it('is written as the user types in Today and dropped once the entry is saved', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<TodayScreen />, db);
    await user.type(await screen.findByLabelText('English'), 'Typed in the editor');
    await waitFor(async () => expect((await durableDrafts(db)).map((d) => d.entry.text.en)).toEqual(['Typed in the editor']), { timeout: 400 }).catch(
      // Already saved (a slow machine let the 500 ms pause pass): the draft must then be gone.
      async () => expect((await entriesOfDay(db, todayKey()))[0]?.text.en).toBe('Typed in the editor'),
    );
    await user.tab();
    await waitFor(async () => expect((await entriesOfDay(db, todayKey()))[0]?.text.en).toBe('Typed in the editor'));
    await waitFor(async () => expect(await durableDrafts(db)).toEqual([]));
  });
});

describe('schema version 4', () => {
  it('adds an empty drafts table to a version 2 journal and keeps its entries', async () => {
    const name = 'test-' + crypto.randomUUID();
    const v2 = new Dexie(name);
    v2.version(1).stores({ clients: 'id, &nameKey, status', entries: 'id, day, *clientIds, updatedAt', signals: 'id', settings: 'key' });
    v2.version(2).stores({ entries: 'id, day, *clientIds, updatedAt, *words, sourceKey', days: 'day', meta: 'key' });
    await v2.open();
    const entry = { ...blankEntry('2024-10-01', '21:00', 'review', 1_700_000_000_000), clientIds: [], words: ['calme'], text: { fr: 'Calme', en: '' } };
    await v2.table('entries').add(entry);
    v2.close();

    const db = openHumeurDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.entries.get(entry.id)).toMatchObject({ text: { fr: 'Calme' } });
    await db.drafts.put({ id: entry.id, entry, changedAt: 1 });
    expect(await db.drafts.count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });
});
