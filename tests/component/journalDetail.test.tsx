import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getEntry } from '../../renderer/db/entries';
import { parseHash } from '../../renderer/app/route';
import { journalFixture, NOW, renderJournal, type JournalFixture } from './journalHarness';

let fx: JournalFixture;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(async () => {
  vi.useRealTimers();
  await fx.close();
});

async function seedEntry() {
  return fx.save({
    day: '2025-03-03',
    time: '21:35',
    mood: 4,
    energy: 2,
    text: { fr: 'Un bel été à l’atelier.\nDeuxième paragraphe, entier.', en: 'A long day, but a good one.' },
    clients: [{ clientId: fx.clients['Acme Studio'], felt: -2, hours: 2.5, signals: ['scope-creep'] }],
    signals: ['new-project'],
    source: { app: 'daylio', id: '1717' },
  });
}

describe('an entry of the Journal', () => {
  it('shows the whole entry, with Edit opening the editor inside the Journal', async () => {
    fx = await journalFixture();
    const entry = await seedEntry();
    renderJournal(fx.db, `#/journal/${entry.id}`);
    const heading = await screen.findByRole('heading', { name: 'lundi 3 mars 2025' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const article = screen.getByRole('article');
    expect(article.querySelector('.journal-text[lang="fr"] p')?.textContent).toBe('Un bel été à l’atelier.\nDeuxième paragraphe, entier.');
    expect(article.textContent).toContain('2,5\u00a0h');
    expect(within(article).queryByRole('button', { name: 'Afficher tout le texte' })).toBeNull();
    const edit = screen.getByRole('link', { name: 'Modifier' });
    expect(parseHash(edit.getAttribute('href')!)).toEqual({ screen: 'journal', param: `${entry.id}:edit` });
    expect(screen.getByRole('link', { name: /Retour au journal/ }).getAttribute('href')).toBe('#/journal');
  });

  it('deletes without asking, says so in a toast, and Undo restores exactly the same entry', async () => {
    fx = await journalFixture();
    const entry = await seedEntry();
    const other = await fx.save({ day: '2025-03-04', text: { fr: 'Autre jour', en: '' } });
    const dayBefore = await fx.db.days.get('2025-03-03');
    renderJournal(fx.db, `#/journal/${entry.id}`);
    const user = userEvent.setup();

    const del = await screen.findByRole('button', { name: 'Supprimer' });
    expect(del.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(del);

    await waitFor(() => expect(window.location.hash).toBe('#/journal'));
    expect(await getEntry(fx.db, entry.id)).toBeUndefined();
    expect(await fx.db.days.get('2025-03-03')).toBeUndefined();
    const toast = (await screen.findByText('Entrée supprimée')).closest('.toast') as HTMLElement;
    const undo = within(toast).getByRole('button', { name: 'Annuler' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await waitFor(() => expect(screen.getAllByRole('article').map((a) => a.textContent)).toEqual([expect.stringContaining('Autre jour')]));

    await user.click(undo);
    await waitFor(() => expect(window.location.hash).toBe(`#/journal/${entry.id}`));
    expect(await getEntry(fx.db, entry.id)).toEqual(entry);
    expect(await fx.db.days.get('2025-03-03')).toEqual(dayBefore);
    expect((await fx.db.entries.get(entry.id))?.sourceKey).toBe('daylio:1717');
    expect(await screen.findByRole('heading', { name: 'lundi 3 mars 2025' })).toBeTruthy();
    expect(await getEntry(fx.db, other.id)).toEqual(other);
  });

  it('says so when the entry does not exist', async () => {
    fx = await journalFixture();
    renderJournal(fx.db, '#/journal/gone');
    expect(await screen.findByRole('heading', { name: 'Cette entrée n’existe plus' })).toBeTruthy();
  });

  it('keeps the search when going back, and gives the focus back to the entry’s link', async () => {
    fx = await journalFixture();
    const entry = await seedEntry();
    await fx.save({ day: '2025-03-05', text: { fr: 'Rien à signaler', en: '' } });
    renderJournal(fx.db);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('searchbox'), 'ete{Enter}');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    const link = within(screen.getByRole('article')).getByRole('link');
    await user.click(link);
    await waitFor(() => expect(window.location.hash).toBe(`#/journal/${entry.id}`));
    expect(await screen.findByRole('heading', { name: 'lundi 3 mars 2025' })).toBeTruthy();
    expect(screen.getByRole('article').querySelector('mark')?.textContent).toBe('été');

    await user.click(screen.getByRole('link', { name: /Retour au journal/ }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('ete');
    await waitFor(() => expect(document.activeElement?.getAttribute('href')).toBe(`#/journal/${entry.id}`));
  });
});
