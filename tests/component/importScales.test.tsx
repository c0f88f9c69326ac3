/**
 * The mapping step for Daylio scales, and what the preview says of a Day One file's attachments:
 * the Import screen on a fake-indexeddb journal, driven as a person would.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HumeurDb } from '../../renderer/db/schema';
import { ImportScreen } from '../../renderer/features/import/ImportScreen';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

const fileOf = (name: string) => new File([readFileSync(join(process.cwd(), 'tests/fixtures/import', name))], name);
const findRegion = (name: string) => screen.findByRole('region', { name }, { timeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

let db: HumeurDb;
afterEach(() => dropTestDb(db));

async function choose(name: string) {
  const user = userEvent.setup({ delay: null });
  renderWithApp(<ImportScreen />, db);
  await user.upload(await screen.findByLabelText(/^(Choisir un fichier|Choose a file)$/), fileOf(name));
  return user;
}

describe('Import: Daylio scales', () => {
  it('suggests the Energía scale for energy, lists the others as not imported, and writes the energy', async () => {
    db = await openTestDb('en');
    const user = await choose('daylio_scales.csv');
    await findRegion('Preview of daylio_scales.csv');
    const energy = screen.getByLabelText('Energy comes from') as HTMLSelectElement;
    expect(energy.selectedOptions[0].textContent).toBe('Energía (out of 5)');
    // A time (sleep time) is never offered as an energy level.
    expect([...energy.options].map((o) => o.textContent)).toEqual(['No scale (no energy)', 'Energía (out of 5)', 'Sleep Quality (out of 10)']);
    expect(screen.getByText('Not imported: Sleep Time, Sleep Quality.')).toBeTruthy();
    // Moods "rested" and "tired" are custom: give them levels, then import.
    await user.selectOptions(screen.getByLabelText('tired'), '2 – Bad');
    await user.selectOptions(screen.getByLabelText('rested'), '4 – Good');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await findRegion('Import finished');
    await waitFor(async () => expect((await db.entries.orderBy('day').toArray()).map((e) => e.energy)).toEqual([null, 2, 4]));
  });

  it('takes the energy from another scale when the user picks it, out of 10 scaled to 1–5', async () => {
    db = await openTestDb('en');
    const user = await choose('daylio_scales.csv');
    await findRegion('Preview of daylio_scales.csv');
    await user.selectOptions(screen.getByLabelText('Energy comes from'), 'Sleep Quality (out of 10)');
    expect(screen.getByText('Not imported: Sleep Time, Energía.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('tired'), '2 – Bad');
    await user.selectOptions(screen.getByLabelText('rested'), '4 – Good');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await findRegion('Import finished');
    await waitFor(async () => expect((await db.entries.orderBy('day').toArray()).map((e) => e.energy)).toEqual([null, 2, 4]));
  });
});

describe('Import: what a Day One file leaves behind', () => {
  it('names the photos, video, audio and PDF that will not be imported, in French', async () => {
    db = await openTestDb('fr');
    await choose('dayone_leftovers.json');
    const left = await findRegion('Non importé');
    expect(left.textContent).toContain('3 photos ne seront pas importées.');
    expect(left.textContent).toContain('1 vidéo ne sera pas importée.');
    expect(left.textContent).toContain('1 enregistrement audio ne sera pas importé.');
    expect(left.textContent).toContain('1 PDF ne sera pas importé.');
  });

  it('says that Mini Diary entries are placed at noon', async () => {
    db = await openTestDb('en');
    await choose('minidiary.json');
    const left = await findRegion('Not imported');
    expect(left.textContent).toMatch(/Mini Diary does not record the time of day: \d+ entr(y|ies) will be placed at 12:00\./);
  });
});
