import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { monthWeeks, moveDay } from '../../renderer/features/journal/calendarGrid';
import { journalFixture, NOW, renderJournal, type JournalFixture } from './journalHarness';

let fx: JournalFixture | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(async () => {
  vi.useRealTimers();
  await fx?.close();
  fx = undefined;
});

async function seedMarch() {
  await fx!.save({ day: '2025-03-03', time: '11:00', kind: 'note', mood: 1, energy: 1, text: { fr: 'Réunion difficile', en: '' } });
  await fx!.save({ day: '2025-03-03', time: '21:00', mood: 4, energy: 2, text: { fr: 'Finalement une bonne soirée', en: '' } });
  await fx!.save({ day: '2025-03-07', kind: 'note', text: { fr: 'Note sans humeur', en: '' } });
  await fx!.save({ day: '2025-03-11', kind: 'note', mood: 2, energy: 4 });
  await fx!.save({ day: '2025-03-11', time: '22:00', kind: 'note', mood: 5, energy: 4 });
  await fx!.save({ day: '2025-02-20', mood: 5, energy: 5, text: { fr: 'Février', en: '' } });
}

async function openCalendar(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('tab', { name: /Calendrier|Calendar/ }));
  return screen.findByRole('grid');
}

describe('the month calendar', () => {
  it('names each day with its mood, energy and entry count, and colours it by mood', async () => {
    fx = await journalFixture();
    await seedMarch();
    renderJournal(fx.db);
    const user = userEvent.setup();
    const grid = await openCalendar(user);
    expect(screen.getByRole('heading', { name: 'mars 2025' })).toBeTruthy();

    const day3 = await within(grid).findByRole('button', { name: '3 mars\u00a0: humeur 4, énergie 2, 2 entrées' });
    expect(day3.className).toContain('journal-mood-4');
    expect(within(grid).getByRole('button', { name: '7 mars\u00a0: humeur non notée, 1 entrée' }).className).toContain('cal-unrated');
    expect(within(grid).getByRole('button', { name: '11 mars\u00a0: humeur 3,5, énergie 4, 2 entrées' }).className).toContain('journal-mood-4');
    expect(within(grid).getByRole('button', { name: '5 mars\u00a0: aucune entrée' }).className).toContain('cal-empty');
    expect(within(grid).getByRole('button', { name: /^14 mars/ }).getAttribute('aria-current')).toBe('date');
    expect(screen.getByText('Humeur', { selector: '.cal-legend-title' })).toBeTruthy();
  });

  it('starts weeks on the chosen day, with weekday names in the UI language', async () => {
    fx = await journalFixture({ language: 'en', weekStartsOn: 0 });
    await seedMarch();
    renderJournal(fx.db);
    const grid = await openCalendar(userEvent.setup());
    const headers = within(grid).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers[0]).toBe('SunSunday');
    expect(headers[6]).toBe('SatSaturday');
    const rows = within(grid).getAllByRole('row');
    // March 1, 2025 is a Saturday: the last cell of the first week.
    const firstWeek = within(rows[1]).getAllByRole('gridcell');
    expect(firstWeek.map((c) => c.textContent)).toEqual(['', '', '', '', '', '', '1']);
    expect(await within(grid).findByRole('button', { name: 'March 3: mood 4, energy 2, 2 entries' })).toBeTruthy();
  });

  it('moves between days with the arrow keys, one day in the tab order, across months', async () => {
    fx = await journalFixture();
    await seedMarch();
    renderJournal(fx.db);
    const user = userEvent.setup();
    const grid = await openCalendar(user);
    const focusable = grid.querySelectorAll('button[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    expect(focusable[0].getAttribute('data-day')).toBe('2025-03-14');

    (focusable[0] as HTMLElement).focus();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.getAttribute('data-day')).toBe('2025-03-13');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement?.getAttribute('data-day')).toBe('2025-02-27');
    expect(screen.getByRole('heading', { name: 'février 2025' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('data-day')).toBe('2025-03-02');
    await user.keyboard('{Home}');
    expect(document.activeElement?.getAttribute('data-day')).toBe('2025-02-24');
    await user.keyboard('{PageDown}');
    expect(document.activeElement?.getAttribute('data-day')).toBe('2025-03-24');
    await user.click(screen.getByRole('button', { name: 'Mois suivant' }));
    expect(screen.getByRole('heading', { name: 'avril 2025' })).toBeTruthy();
    expect(grid.querySelector('button[tabindex="0"]')?.getAttribute('data-day')).toBe('2025-04-24');
    await user.click(screen.getByRole('button', { name: 'Ce mois-ci' }));
    expect(screen.getByRole('heading', { name: 'mars 2025' })).toBeTruthy();
  });

  it('shows the entries of a day on Enter, then all days again', async () => {
    fx = await journalFixture();
    await seedMarch();
    renderJournal(fx.db);
    const user = userEvent.setup();
    const grid = await openCalendar(user);
    (await within(grid).findByRole('button', { name: /^3 mars/ })).focus();
    await user.keyboard('{Enter}');

    const banner = (await screen.findByText('Entrées du lundi 3 mars 2025')).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(screen.getByRole('tab', { name: 'Chronologie' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(screen.getByRole('status').textContent).toBe('2 entrées');

    await user.click(screen.getByRole('button', { name: 'Afficher tous les jours' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(6));

    await openCalendar(user);
    await user.click(await screen.findByRole('button', { name: '5 mars\u00a0: aucune entrée' }));
    expect((await screen.findByText(/Aucune entrée le/)).textContent).toBe('Aucune entrée le mercredi 5 mars 2025.');
    expect(screen.getByRole('link', { name: 'Écrire pour ce jour' }).getAttribute('href')).toBe('#/today/2025-03-05');
  });

  it('switches views as a tab list with the arrow keys', async () => {
    fx = await journalFixture();
    await seedMarch();
    renderJournal(fx.db);
    const user = userEvent.setup();
    const timeline = await screen.findByRole('tab', { name: 'Chronologie' });
    timeline.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Calendrier');
    expect(await screen.findByRole('grid')).toBeTruthy();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(document.activeElement?.id);
  });
});

describe('monthWeeks and moveDay', () => {
  it('cover a month with whole weeks for either week start', () => {
    const monday = monthWeeks('2025-03-17', 1);
    expect(monday[0][0]).toBe('2025-02-24');
    expect(monday.at(-1)?.[6]).toBe('2025-04-06');
    expect(monday).toHaveLength(6);
    const sunday = monthWeeks('2025-03-17', 0);
    expect(sunday[0][0]).toBe('2025-02-23');
    expect(sunday).toHaveLength(6);
    // September 2025 starts on a Monday and February 2027 fits four Monday weeks exactly.
    expect(monthWeeks('2025-09-10', 1)[0][0]).toBe('2025-09-01');
    expect(monthWeeks('2027-02-10', 1)).toHaveLength(4);
  });

  it('move by days, weeks and months the way the grid pattern expects', () => {
    expect(moveDay('2025-03-31', 'ArrowRight', 1)).toBe('2025-04-01');
    expect(moveDay('2025-03-01', 'ArrowUp', 1)).toBe('2025-02-22');
    expect(moveDay('2025-03-05', 'Home', 0)).toBe('2025-03-02');
    expect(moveDay('2025-03-05', 'End', 1)).toBe('2025-03-09');
    expect(moveDay('2025-03-31', 'PageUp', 1)).toBe('2025-02-28');
    expect(moveDay('2025-03-31', 'Tab', 1)).toBeNull();
  });
});
