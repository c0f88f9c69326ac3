/**
 * Writes a journal straight into the app's IndexedDB from the page, as stored records
 * (entries with their search words, day summaries, clients with their name keys), then reloads
 * so the app reads them. The page has no Dexie of its own, so this uses the raw IndexedDB API.
 * The journal is either handwritten-looking (sampleJournal, below) or generated with planted
 * effects (generateJournal from shared/sample).
 */
import type { Page } from 'playwright-core';
import type { Client, DayKey, Entry, Felt } from '../../shared/domain/types';
import { addDays } from '../../shared/domain/dates';
import { summariseEntries } from '../../shared/sample';
import { toStoredEntry } from '../../renderer/db/schema';
import { toStoredClient } from '../../renderer/db/clients';

export interface SeedJournal {
  clients: Client[];
  entries: Entry[];
}

export async function seedJournal(page: Page, data: SeedJournal): Promise<void> {
  const entries = data.entries.map(toStoredEntry);
  const days = summariseEntries(data.entries);
  const clients = data.clients.map(toStoredClient);
  await page.evaluate(
    ({ clients, entries, days }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('humeur');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['clients', 'entries', 'days'], 'readwrite');
          for (const c of clients) tx.objectStore('clients').put(c);
          for (const e of entries) tx.objectStore('entries').put(e);
          for (const d of days) tx.objectStore('days').put(d);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { clients, entries, days },
  );
  await page.reload();
  await page.locator('nav.sidebar').waitFor();
}

const NOW = Date.UTC(2025, 2, 14, 20);

export const SAMPLE_CLIENTS: Client[] = [
  { id: 'c-acme', name: 'Acme Studio', color: '#2563eb', status: 'active', notes: '', createdAt: NOW, updatedAt: NOW },
  { id: 'c-lemaire', name: 'Boulangerie Lemaire', color: '#db2777', status: 'active', notes: '', createdAt: NOW, updatedAt: NOW },
  { id: 'c-north', name: 'Northwind', color: '#16a34a', status: 'paused', notes: '', createdAt: NOW, updatedAt: NOW },
  { id: 'c-eole', name: 'Atelier Éole', color: '#ea580c', status: 'ended', endedOn: '2025-02-01', notes: '', createdAt: NOW, updatedAt: NOW },
];

const FR = [
  'Réunion avec Acme : encore une demande urgente arrivée à 18 h, sans brief. J’ai dit oui, et je le regrette déjà.',
  'Belle journée à l’atelier. L’équipe a écouté mes recommandations pour la maquette de l’été.',
  'Formation à l’école de commerce, groupe attentif. Fatiguée mais contente.',
  'Relance pour la facture de janvier, toujours pas payée. Je perds une heure à chaque fois.',
  'Journée calme, j’ai avancé sur mon propre site. Un peu de temps pour moi, enfin.',
  'Appel tendu : on me demande de gérer l’administratif en plus du design. Ce n’est pas mon rôle.',
];
const EN = [
  'Northwind trusted the plan and let me run the workshop my way. Energised afterwards.',
  'Too many small requests piled up before the last one was done. Need to say no next time.',
  'Quiet morning, deep work on the illustration set. This is the pace I want.',
  'Client call ran over by an hour, again. Not billed.',
];

/** A realistic journal ending on `today`: most days an evening review, some a quick note too, a few gaps. */
export function sampleJournal(today: DayKey, dayCount: number): SeedJournal {
  const entries: Entry[] = [];
  for (let i = 0; i < dayCount; i++) {
    if (i % 7 === 5) continue;
    const day = addDays(today, -i);
    const mood = ((i * 7 + 3) % 5) + 1;
    const energy = ((i * 3 + 1) % 5) + 1;
    const client = SAMPLE_CLIENTS[i % SAMPLE_CLIENTS.length];
    const felt = (((i * 5) % 5) - 2) as Felt;
    const fr = i % 5 === 4 ? '' : FR[i % FR.length];
    const en = i % 2 === 0 ? EN[i % EN.length] : '';
    const created = NOW - i * 86_400_000;
    entries.push({
      id: `e-${day}-review`,
      day,
      time: `${18 + (i % 4)}:${String((i * 13) % 60).padStart(2, '0')}`,
      kind: 'review',
      mood,
      energy,
      text: { fr, en },
      clients: [{ clientId: client.id, felt, hours: 2 + (i % 5), signals: felt < 0 ? ['urgent-deadline', 'scope-creep'].slice(0, 1 + (i % 2)) : ['respected'] }],
      signals: i % 4 === 0 ? ['new-project'] : [],
      createdAt: created,
      updatedAt: created,
    });
    if (i % 3 === 0) {
      entries.push({
        id: `e-${day}-note`,
        day,
        time: '11:20',
        kind: 'note',
        mood: null,
        energy: null,
        text: { fr: i % 2 ? '' : 'Petite note après la réunion : garder une trace des heures passées hors périmètre.', en: i % 2 ? 'Quick note: the brief changed again.' : '' },
        clients: [{ clientId: SAMPLE_CLIENTS[(i + 1) % SAMPLE_CLIENTS.length].id, felt: null, signals: [] }],
        signals: [],
        createdAt: created - 3_600_000,
        updatedAt: created - 3_600_000,
      });
    }
  }
  return { clients: SAMPLE_CLIENTS, entries };
}
