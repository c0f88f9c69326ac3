import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HumeurDb } from '../../renderer/db/schema';
import { createClient, lastSeenByClient, listClients, setClientStatus, sortClients, updateClient } from '../../renderer/db/clients';
import { blankEntry, saveEntry } from '../../renderer/db/entries';
import { CLIENT_COLORS } from '../../shared/domain/signals';
import { dropTestDb, freshTestDb } from './testDb';

const NOW = Date.UTC(2025, 2, 14, 20);
let db: HumeurDb;

beforeEach(async () => {
  db = await freshTestDb();
});
afterEach(() => dropTestDb(db));

async function create(name: string) {
  const result = await createClient(db, { name }, NOW);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('createClient', () => {
  it('trims the name, starts active and takes the first free palette colour', async () => {
    const acme = await create('  Acme Studio ');
    expect(acme).toMatchObject({ name: 'Acme Studio', status: 'active', color: CLIENT_COLORS[0], notes: '', createdAt: NOW });
    expect((await create('Northwind')).color).toBe(CLIENT_COLORS[1]);
    expect(acme).not.toHaveProperty('nameKey');
  });

  it('refuses the same name in any case or spacing', async () => {
    await create('Atelier Éole');
    for (const name of ['Atelier Éole', 'atelier éole', 'ATELIER ÉOLE', '  Atelier Éole  ']) {
      expect(await createClient(db, { name })).toEqual({ ok: false, error: 'duplicate-name' });
    }
    expect(await listClients(db)).toHaveLength(1);
  });

  it('refuses an empty or overlong name', async () => {
    expect(await createClient(db, { name: '   ' })).toEqual({ ok: false, error: 'empty-name' });
    expect(await createClient(db, { name: 'x'.repeat(81) })).toEqual({ ok: false, error: 'name-too-long' });
  });
});

describe('updateClient', () => {
  it('renames, but not onto another client’s name; a change of case of its own name is fine', async () => {
    const acme = await create('Acme');
    await create('Northwind');
    expect(await updateClient(db, acme.id, { name: 'NORTHWIND' })).toEqual({ ok: false, error: 'duplicate-name' });
    const renamed = await updateClient(db, acme.id, { name: 'ACME', notes: 'Pays late' }, NOW + 1);
    expect(renamed).toMatchObject({ ok: true, value: { name: 'ACME', notes: 'Pays late', updatedAt: NOW + 1 } });
    expect(await updateClient(db, 'missing', { notes: 'x' })).toEqual({ ok: false, error: 'not-found' });
  });
});

describe('setClientStatus', () => {
  it('records the day a client was ended, keeps it when ended again, and clears it when the client comes back', async () => {
    const acme = await create('Acme');
    const ended = await setClientStatus(db, acme.id, 'ended', '2025-02-01');
    expect(ended).toMatchObject({ ok: true, value: { status: 'ended', endedOn: '2025-02-01' } });
    const again = await setClientStatus(db, acme.id, 'ended', '2025-03-10');
    expect(again).toMatchObject({ ok: true, value: { endedOn: '2025-02-01' } });
    const paused = await setClientStatus(db, acme.id, 'paused', '2025-03-11');
    expect(paused.ok && paused.value).not.toHaveProperty('endedOn');
    const back = await setClientStatus(db, acme.id, 'ended', '2025-03-12');
    expect(back).toMatchObject({ ok: true, value: { endedOn: '2025-03-12' } });
    expect(await setClientStatus(db, 'missing', 'active', '2025-03-12')).toEqual({ ok: false, error: 'not-found' });
  });

  it('lists active clients first, then paused, then ended, by name inside each group', async () => {
    const zeta = await create('Zeta');
    await create('beta');
    const alpha = await create('Alpha');
    await setClientStatus(db, zeta.id, 'paused', '2025-03-01');
    await setClientStatus(db, alpha.id, 'ended', '2025-03-01');
    expect(sortClients(await listClients(db), 'fr').map((c) => c.name)).toEqual(['beta', 'Zeta', 'Alpha']);
  });

  it('sorts names as the language reads them, accents and case aside, the same in each language and on each call', async () => {
    for (const name of ['Zoé', 'Ému', 'élan', 'Eclair', 'Ångström', 'Zeta']) await create(name);
    const names = async (lang: string) => sortClients(await listClients(db), lang).map((c) => c.name);
    const fr = await names('fr');
    expect(fr).toEqual(['Ångström', 'Eclair', 'élan', 'Ému', 'Zeta', 'Zoé']);
    expect(await names('en')).toEqual(fr);
    expect(await names('fr')).toEqual(fr);
  });

  it('knows the last day each client appears in the journal', async () => {
    const acme = await create('Acme');
    for (const day of ['2025-03-01', '2025-03-09', '2025-03-04']) {
      const e = { ...blankEntry(day, '21:00', 'review', NOW), clients: [{ clientId: acme.id, felt: 1 as const, signals: [] }] };
      await saveEntry(db, e, { today: '2025-03-14' });
    }
    expect(await lastSeenByClient(db)).toEqual({ [acme.id]: '2025-03-09' });
  });
});
