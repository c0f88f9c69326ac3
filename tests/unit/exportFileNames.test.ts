import { describe, expect, it } from 'vitest';
import { exportFileName, periodSlug, slugify, uniqueFileNames } from '../../shared/export/fileNames';

describe('export file names', () => {
  it('strips accents and anything a file system could refuse', () => {
    expect(slugify('Acme SARL')).toBe('acme-sarl');
    expect(slugify('Béa & Cœur Studio')).toBe('bea-coeur-studio');
    expect(slugify('Acme: "Pro" #1 / <test>?')).toBe('acme-pro-1-test');
    expect(slugify('🚀')).toBe('');
    expect(slugify('a'.repeat(80)).length).toBe(48);
  });

  it('names a period as shortly as it can', () => {
    expect(periodSlug({ from: '2024-10-01', to: '2024-10-31' }, '2024-11-02')).toBe('2024-10');
    expect(periodSlug({ from: '2024-02-01', to: '2024-02-29' }, '2024-11-02')).toBe('2024-02');
    expect(periodSlug({ from: '2024-01-01', to: '2024-12-31' }, '2024-11-02')).toBe('2024');
    expect(periodSlug({ from: '2024-10-03', to: '2024-10-03' }, '2024-11-02')).toBe('2024-10-03');
    expect(periodSlug({ from: '2024-10-01', to: '2024-11-15' }, '2024-11-02')).toBe('2024-10-01_2024-11-15');
    expect(periodSlug(null, '2024-11-02')).toBe('2024-11-02');
  });

  it('suggests names for each kind of export', () => {
    const period = { from: '2024-10-01', to: '2024-10-31' };
    expect(exportFileName({ kind: 'markdown', period, generatedOn: '2024-11-02', clientName: 'Acme SARL' })).toBe('humeur-acme-sarl-2024-10.md');
    expect(exportFileName({ kind: 'csv', period, generatedOn: '2024-11-02' })).toBe('humeur-2024-10.csv');
    expect(exportFileName({ kind: 'pdf', period: null, generatedOn: '2024-11-02' })).toBe('humeur-2024-11-02.pdf');
    expect(exportFileName({ kind: 'backup', period, generatedOn: '2024-11-02' })).toBe('humeur-backup-2024-11-02.json');
  });

  it('numbers repeated names', () => {
    expect(uniqueFileNames(['a.md', 'a.md', 'b.md', 'a.md'])).toEqual(['a.md', 'a-2.md', 'b.md', 'a-3.md']);
  });
});
