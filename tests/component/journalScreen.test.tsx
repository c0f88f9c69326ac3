import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays } from '../../shared/domain/dates';
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

async function seedThree() {
  const acme = fx.clients['Acme Studio'];
  const eole = fx.clients['Atelier Éole'];
  await fx.save({
    day: '2025-03-03',
    time: '21:35',
    mood: 4,
    energy: 2,
    text: { fr: 'Un bel été à l’atelier, enfin.', en: 'Finally a good day.' },
    clients: [{ clientId: acme, felt: -2, hours: 3, signals: ['scope-creep'] }],
    signals: ['new-project'],
  });
  await fx.save({
    day: '2025-03-03',
    time: '11:10',
    kind: 'note',
    text: { fr: 'Réunion à l’École des Beaux-Arts.', en: '' },
    clients: [{ clientId: eole, felt: 1, signals: ['trusted'] }],
  });
  await fx.save({ day: '2025-03-05', time: '20:00', mood: 2, energy: 1, text: { fr: '', en: 'Too many small requests, again.' }, clients: [{ clientId: acme, felt: -1, signals: [] }] });
}

const articles = () => screen.queryAllByRole('article');
/** Waits until the timeline shows the results of exactly these words (typing runs ahead of searching). */
const answered = (words: string) =>
  waitFor(() => {
    const timeline = document.querySelector('.journal-timeline');
    expect(timeline?.getAttribute('data-search')).toBe(words);
    expect(timeline?.getAttribute('aria-busy')).toBe('false');
  });
const searchBox = () => screen.getByRole('searchbox', { name: /Rechercher dans le journal|Search the journal/ });

describe('the Journal timeline', () => {
  it('groups entries by day, newest first, with time, kind, scores, clients, signals and languages', async () => {
    fx = await journalFixture();
    await seedThree();
    renderJournal(fx.db);

    const days = await screen.findAllByRole('heading', { level: 2 });
    expect(days.map((h) => h.textContent)).toEqual(['mercredi 5 mars 2025', 'lundi 3 mars 2025']);
    expect(articles()).toHaveLength(3);

    const review = screen.getByRole('article', { name: /21:35/ });
    expect(within(review).getByRole('link').getAttribute('href')).toMatch(/^#\/journal\//);
    expect(review.textContent).toContain('Bilan de la journée');
    expect(review.textContent).toContain('Humeur 4/5');
    expect(review.textContent).toContain('Énergie 2/5');
    const chips = within(review).getByRole('list', { name: 'Clients' });
    expect(chips.textContent).toContain('Acme Studio');
    expect(chips.textContent).toContain('\u22122');
    expect(chips.textContent).toContain('Dérive du périmètre');
    expect(within(review).getByRole('list', { name: 'Signaux' }).textContent).toBe('Nouveau projet');
    expect(review.textContent).toContain('Écrit en');
    expect(review.querySelector('.journal-langs')?.textContent).toBe('Écrit en FRfrançais, ENanglais');

    const fr = review.querySelector('[lang="fr"]')!;
    const en = review.querySelector('[lang="en"]')!;
    expect(fr.textContent).toContain('Un bel été');
    expect(en.textContent).toContain('Finally a good day.');
    expect(fr.getAttribute('dir')).toBe('auto');

    const note = screen.getByRole('article', { name: /11:10/ });
    expect(note.textContent).toContain('Note');
    expect(note.textContent).toContain('+1');
    expect(note.textContent).not.toContain('Humeur');
    expect(note.querySelector('[lang="en"]')).toBeNull();
  });

  it('finds "été" and "École" from "ete" and "ecole", marks the words and counts results in French', async () => {
    fx = await journalFixture();
    await seedThree();
    renderJournal(fx.db);
    const user = userEvent.setup();
    await screen.findAllByRole('article');

    await user.type(searchBox(), 'ete');
    // An earlier prefix's results ("et") may show while "ete" is still searched.
    await answered('ete');
    expect(screen.getByRole('status').textContent).toBe('1 entrée');
    expect(articles()).toHaveLength(1);
    expect([...articles()[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['été']);

    await user.clear(searchBox());
    await user.type(searchBox(), 'ECOLE{Enter}');
    await waitFor(() => expect(articles()[0]?.querySelector('mark')?.textContent).toBe('École'));
    expect(articles()).toHaveLength(1);
    expect(articles()[0].querySelector('mark')?.textContent).toBe('École');

    await user.clear(searchBox());
    await user.type(searchBox(), 're');
    await answered('re');
    expect(screen.getByRole('status').textContent).toBe('2 entrées');

    await user.type(searchBox(), 'zzz');
    await answered('rezzz');
    expect(screen.getByRole('status').textContent).toBe('0 entrée');
    expect(articles()).toHaveLength(0);
    expect(screen.getByText(/Rien trouvé/).textContent).toBe('Rien trouvé pour «\u00a0rezzz\u00a0».');
    expect(screen.getByText(/Essayez/).textContent).toBe('Essayez un mot plus court, ou effacez les filtres.');

    const clear = screen.getAllByRole('button', { name: 'Effacer les filtres' });
    await user.click(clear[clear.length - 1]);
    await waitFor(() => expect(articles()).toHaveLength(3));
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('keeps the search field and its focus when a search that found nothing is erased', async () => {
    fx = await journalFixture();
    await seedThree();
    renderJournal(fx.db);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('searchbox'), 'zzz{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 entrée'));
    await user.keyboard('{Backspace}{Backspace}{Backspace}');
    expect(screen.queryByRole('heading', { name: 'Votre journal est encore vide' })).toBeNull();
    await waitFor(() => expect(articles()).toHaveLength(3));
    expect(document.activeElement).toBe(searchBox());
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('counts with English plurals in English', async () => {
    fx = await journalFixture({ language: 'en' });
    await seedThree();
    renderJournal(fx.db);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Wednesday, March 5, 2025' })).toBeTruthy();
    await user.type(searchBox(), 'finally{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 entry'));
    await user.type(searchBox(), 'x{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 entries'));
    await user.clear(searchBox());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Client' }), 'Acme Studio');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 entries'));
  });

  it('filters by client, signal and language, combined with the search, and clears them all', async () => {
    fx = await journalFixture();
    await seedThree();
    renderJournal(fx.db);
    const user = userEvent.setup();
    await screen.findAllByRole('article');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Client' }), 'Atelier Éole');
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(articles()[0].textContent).toContain('Beaux-Arts');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Client' }), 'Acme Studio');
    await waitFor(() => expect(articles()).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Signal' }), 'Dérive du périmètre');
    await waitFor(() => expect(articles()).toHaveLength(1));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Signal' }), '');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'Avec un texte en anglais');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 entrées'));
    await user.type(searchBox(), 'requests{Enter}');
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(articles()[0].textContent).toContain('Too many small requests');

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(articles()).toHaveLength(3));
    expect((screen.getByRole('combobox', { name: 'Client' }) as HTMLSelectElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Langue' }) as HTMLSelectElement).value).toBe('');
  });

  it('explains an empty journal and links to Today', async () => {
    fx = await journalFixture();
    renderJournal(fx.db);
    expect(await screen.findByRole('heading', { name: 'Votre journal est encore vide' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Écrire le bilan du jour' }).getAttribute('href')).toBe('#/today');
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows 50 days at a time and loads the next ones on "Show more", focusing the first new day', async () => {
    fx = await journalFixture();
    await fx.db.transaction('rw', fx.db.entries, fx.db.days, fx.db.clients, async () => {
      for (let i = 0; i < 60; i++) await fx.save({ day: addDays('2025-03-14', -i), mood: 3, text: { fr: `Jour ${i}`, en: '' } });
    });
    renderJournal(fx.db);
    const user = userEvent.setup();
    await waitFor(() => expect(articles()).toHaveLength(50));
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    await waitFor(() => expect(articles()).toHaveLength(60));
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('jeudi 23 janvier 2025'));
  });

  it('shows an excerpt of a long text and the whole of it on request', async () => {
    fx = await journalFixture();
    const long = `${'Une matinée entière sur la maquette, puis des retours contradictoires. '.repeat(6)}La fin cachée.`;
    await fx.save({ day: '2025-03-10', text: { fr: long, en: '' } });
    renderJournal(fx.db);
    const user = userEvent.setup();
    const more = await screen.findByRole('button', { name: 'Afficher tout le texte' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(articles()[0].textContent).not.toContain('La fin cachée.');
    await user.click(more);
    expect(screen.getByRole('button', { name: 'Réduire' }).getAttribute('aria-expanded')).toBe('true');
    expect(articles()[0].textContent).toContain('La fin cachée.');
  });
});
