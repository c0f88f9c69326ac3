/** Today: autosave as you type, and drafts kept in localStorage when the window dies before a save. */
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openHumeurDb, type HumeurDb } from '../../renderer/db/schema';
import { blankEntry, entriesOfDay } from '../../renderer/db/entries';
import { writeDraft } from '../../renderer/features/today/drafts';
import { TodayScreen } from '../../renderer/features/today/TodayScreen';
import { todayKey } from '../../shared/domain/dates';
import { openTestDb, renderWithApp } from './testDb';

// Accessible-name queries over a whole form are slow under jsdom on a busy machine; a browser is quick.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5000 });

const renderToday = (db: HumeurDb, day?: string) => renderWithApp(<TodayScreen day={day} />, db);

beforeEach(() => localStorage.clear());

describe('Today: autosave', () => {
  it('waits for a pause in typing, and saves at once when the field loses focus', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    const { container } = renderToday(db);
    const english = await screen.findByLabelText('English');
    const status = () => container.querySelector('.save-status')!.textContent;
    expect(status()).toBe('Saved automatically as you type');

    await user.type(english, 'Slow start');
    expect(status()).toBe('Saving…');
    // A blank review reaches the database only after the pause in typing (~500 ms).
    await new Promise((r) => setTimeout(r, 200));
    expect(await db.entries.count()).toBe(0);
    await waitFor(() => expect(status()).toMatch(/^Saved at \d\d:\d\d$/), { timeout: 2000 });
    expect((await entriesOfDay(db, todayKey()))[0].text.en).toBe('Slow start');

    await user.type(english, ', then a long call.');
    const leftAt = Date.now();
    await user.tab();
    // Blur saves immediately: before the 500 ms pause after the last keystroke could have fired.
    await waitFor(async () => expect((await entriesOfDay(db, todayKey()))[0].text.en).toBe('Slow start, then a long call.'), {
      timeout: 480,
      interval: 10,
    });
    expect(Date.now() - leftAt).toBeLessThan(490);
  });

  it('saves at once on Ctrl+Enter and announces it', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    renderToday(db);
    await user.type(await screen.findByLabelText('English'), 'Quick one');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/^Entry saved at \d\d:\d\d\.$/)).toBeTruthy();
    expect((await entriesOfDay(db, todayKey()))[0].text.en).toBe('Quick one');
  });

  it('restores the local draft of a first review after an unmount mid-typing, then saves it', async () => {
    const db = await openTestDb('fr');
    const user = userEvent.setup({ delay: null });
    const first = renderToday(db);
    await user.type(await screen.findByLabelText('Français'), 'Réunion difficile avec');
    // The window dies before the database write lands: nothing reaches IndexedDB.
    db.close();
    first.unmount();
    expect(localStorage.length).toBe(1);

    const reopened = openHumeurDb(db.name);
    await reopened.open();
    expect(await reopened.entries.count()).toBe(0);
    renderToday(reopened);
    const french = (await screen.findByLabelText('Français')) as HTMLTextAreaElement;
    expect(french.value).toBe('Réunion difficile avec');
    await waitFor(async () => expect((await entriesOfDay(reopened, todayKey()))[0]?.text.fr).toBe('Réunion difficile avec'));
    await waitFor(() => expect(localStorage.length).toBe(0));
  });

  it('prefers a draft newer than the stored entry', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    const first = renderToday(db);
    const english = await screen.findByLabelText('English');
    await user.type(english, 'Saved part.');
    await user.tab();
    await waitFor(async () => expect((await entriesOfDay(db, todayKey()))[0]?.text.en).toBe('Saved part.'));
    await user.type(english, ' Unsaved part');
    db.close();
    first.unmount();

    const reopened = openHumeurDb(db.name);
    await reopened.open();
    expect((await entriesOfDay(reopened, todayKey()))[0].text.en).toBe('Saved part.');
    renderToday(reopened);
    expect(((await screen.findByLabelText('English')) as HTMLTextAreaElement).value).toBe('Saved part. Unsaved part');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await waitFor(async () => expect((await entriesOfDay(reopened, todayKey()))[0].text.en).toBe('Saved part. Unsaved part'));
  });
});

describe('Today: drafts of other days', () => {
  it('saves a draft a crash left on a past day when Today opens, and says so', async () => {
    const db = await openTestDb('en');
    const lost = { ...blankEntry('2025-01-10', '22:40', 'review', 1_700_000_000_000), mood: 2, text: { fr: '', en: 'Filled in late, then the laptop died.' } };
    writeDraft(lost, 1_700_000_005_000);
    renderToday(db);
    expect(await screen.findByText('Recovered 1 entry typed before Humeur closed.')).toBeTruthy();
    expect(await entriesOfDay(db, '2025-01-10')).toMatchObject([{ id: lost.id, mood: 2, text: { en: 'Filled in late, then the laptop died.' } }]);
    expect(localStorage.length).toBe(0);
  });
});
