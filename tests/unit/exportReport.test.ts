import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../shared/export/report';
import { selectEntries } from '../../shared/export/select';
import { entries, exportInput, october, signals } from '../fixtures/export/journal';

const octoberEntries = selectEntries(entries, { ...october, languages: 'both' });
const NNBSP = '\u202f';

describe('PDF report model', () => {
  it('titles the report with the period and lists the clients, in French', () => {
    const model = buildReportModel(exportInput({ entries: octoberEntries }));
    expect(model.lang).toBe('fr');
    expect(model.title).toBe('Journal Humeur — du 1 oct. 2024 au 31 oct. 2024');
    expect(model.subtitle).toBe(`du 1 oct. 2024 au 31 oct. 2024 · Clients${NNBSP}: Acme: "Pro" #1, Béa Studio — Éditions, Zénith, conseil`);
    expect(model.footer).toBe('Généré le 2 nov. 2024');
    expect(model.emptyMessage).toBeNull();
  });

  it('summarises over days as the statistics do: the review’s mood, averaged over rated days', () => {
    const model = buildReportModel(exportInput({ entries: octoberEntries }));
    // Rated days: Oct 1 (4, 2), Oct 3 (2, 1), Oct 5 (5, 5) → mood 11/3, energy 8/3.
    expect(model.summaryLines).toEqual([
      '5 entrées sur 4 jours',
      `Humeur moyenne${NNBSP}: 3,7/5 (sur 3 jours)`,
      `Énergie moyenne${NNBSP}: 2,7/5 (sur 3 jours)`,
      // Béa has two entries on October 1: one day. Ties are in name order.
      `Jours par client${NNBSP}: Acme: "Pro" #1 (1 jour), Béa Studio — Éditions (1 jour), Zénith, conseil (1 jour)`,
      `Heures notées${NNBSP}: 6,75 h`,
    ]);
  });

  it('gives each client’s ideal-client score beside its days when the checklist is passed', () => {
    // Two criteria of the user's own; Acme meets both, Béa one (a tick on a criterion no longer on
    // the list does not count), Zénith none.
    const list = [
      { id: 'k-1', label: 'Paie à 30 jours' },
      { id: 'k-2', label: 'Brief clair' },
    ];
    const clients = exportInput({}).clients.map((c) =>
      c.id === 'c-acme'
        ? { ...c, idealCriteria: [{ id: 'k-1', label: 'Paie à 30 jours', met: true }, { id: 'k-2', label: 'Brief clair', met: true }] }
        : c.id === 'c-bea'
          ? { ...c, idealCriteria: [{ id: 'k-2', label: 'Brief clair', met: true }, { id: 'k-old', label: 'Retiré', met: true }] }
          : c,
    );
    const fr = buildReportModel(exportInput({ entries: octoberEntries, clients, idealCriteria: list }));
    expect(fr.summaryLines[3]).toBe(
      `Jours par client${NNBSP}: Acme: "Pro" #1 (1 jour, client idéal 2/2), Béa Studio — Éditions (1 jour, client idéal 1/2), Zénith, conseil (1 jour, client idéal 0/2)`,
    );
    // null is the never-edited default list of eight; ticks of criteria not on it do not count.
    const en = buildReportModel(exportInput({ entries: octoberEntries, clients, lang: 'en', idealCriteria: null }));
    expect(en.summaryLines[3]).toBe('Days with each client: Acme: "Pro" #1 (1 day), Béa Studio — Éditions (1 day), Zénith, conseil (1 day)');
    const seeded = clients.map((c) => (c.id === 'c-zenith' ? { ...c, idealCriteria: [{ id: 'seed-2', label: '', met: true }] } : c));
    const withDefaults = buildReportModel(exportInput({ entries: octoberEntries, clients: seeded, lang: 'en', idealCriteria: null }));
    expect(withDefaults.summaryLines[3]).toContain('Acme: "Pro" #1 (1 day, ideal client 0/8)');
    expect(withDefaults.summaryLines[3]).toContain('Zénith, conseil (1 day, ideal client 1/8)');
  });

  it('groups entries by day with headings and facts in the UI language', () => {
    const model = buildReportModel(exportInput({ entries: octoberEntries, lang: 'en', textLanguages: 'en' }));
    expect(model.days.map((d) => d.heading)).toEqual([
      'Tuesday, October 1, 2024',
      'Thursday, October 3, 2024',
      'Saturday, October 5, 2024',
      'Sunday, October 6, 2024',
    ]);
    const review = model.days[0].entries[1];
    expect(review.heading).toBe('21:35 — End-of-day review');
    expect(review.facts).toEqual(['Mood: 4/5', 'Energy: 2/5', 'Day signals: Urgent deadline']);
    expect(review.clients[1]).toEqual({
      clientId: 'c-bea',
      name: 'Béa Studio — Éditions',
      color: '#e11d48',
      felt: '−2',
      hours: '3 h',
      signals: ['Scope creep'],
      details: 'felt −2 · 3 h · signals: Scope creep',
    });
    expect(review.texts).toEqual([{ lang: 'en', label: null, text: 'Dense day, but useful: 3 meetings, 2 deliverables.\nAcme said "well done" 🎉' }]);
  });

  it('applies French typography to French text only, never to English text or client names', () => {
    const model = buildReportModel(exportInput({ entries: octoberEntries }));
    const review = model.days[0].entries[1];
    expect(review.texts).toEqual([
      { lang: 'fr', label: 'Français', text: `Journée «${NNBSP}dense${NNBSP}», mais utile${NNBSP}: 3 réunions, 2 livrables.\nAcme a dit "bravo" 🎉` },
      { lang: 'en', label: 'English', text: 'Dense day, but useful: 3 meetings, 2 deliverables.\nAcme said "well done" 🎉' },
    ]);
    expect(review.clients[0].name).toBe('Acme: "Pro" #1');
    expect(review.facts[0]).toBe(`Humeur${NNBSP}: 4/5`);
  });

  it('gives French signal labels and a custom title French typography in a French report', () => {
    const custom = signals.map((s) => (s.id === 's-meeting' ? { ...s, label: { fr: 'Réunion de trop !', en: '' } } : s));
    const model = buildReportModel(exportInput({ entries: octoberEntries, signals: custom, title: 'Bilan : automne' }));
    expect(model.title).toBe(`Bilan${NNBSP}: automne`);
    expect(model.days[1].entries[0].clients[0].signals).toEqual(['Travail non payé', `Réunion de trop${NNBSP}!`]);
  });

  it('has no plain space before high punctuation in any French string it produces', () => {
    const model = buildReportModel(exportInput({ entries: octoberEntries }));
    const strings = [
      model.title,
      model.subtitle,
      model.footer,
      ...model.summaryLines,
      ...model.days.flatMap((d) => [d.heading, ...d.entries.flatMap((e) => [e.heading, ...e.facts, ...e.clients.map((c) => c.details)])]),
    ];
    for (const s of strings) expect(s, s).not.toMatch(/[ \u00a0][;:!?]/);
  });

  it('says there is nothing to print for an empty selection', () => {
    const model = buildReportModel(exportInput({ entries: [], period: null }));
    expect(model.days).toEqual([]);
    expect(model.summaryLines).toEqual([]);
    expect(model.emptyMessage).toBe('Aucune entrée pour cette sélection.');
    expect(model.subtitle).toBe('Toutes les entrées');
  });
});
