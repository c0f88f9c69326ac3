import { describe, expect, it } from 'vitest';
import { customStart, defaultPeriod, presetPeriod, resolvePeriod } from '../../renderer/features/export/period';
import { exportFileName } from '../../shared/export';

describe('export periods', () => {
  it('gives whole calendar months and years, across a year end and a leap February', () => {
    expect(presetPeriod('thisMonth', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('lastMonth', '2025-01-31')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(presetPeriod('lastMonth', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('last3Months', '2025-02-14')).toEqual({ from: '2024-12-01', to: '2025-02-28' });
    expect(presetPeriod('thisYear', '2025-03-14')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('all', '2025-03-14')).toBeNull();
  });

  it('names files by the shortest form of the preset', () => {
    const name = (period: ReturnType<typeof presetPeriod>) => exportFileName({ kind: 'markdown', period, generatedOn: '2025-03-14' });
    expect(name(presetPeriod('thisMonth', '2025-03-14'))).toBe('humeur-2025-03.md');
    expect(name(presetPeriod('thisYear', '2025-03-14'))).toBe('humeur-2025.md');
    expect(name(presetPeriod('last3Months', '2025-03-14'))).toBe('humeur-2025-01-01_2025-03-31.md');
  });

  it('accepts custom dates in order, a single day included, and refuses missing or reversed ones', () => {
    expect(resolvePeriod({ preset: 'custom', from: '2025-03-01', to: '2025-03-01' }, '2025-03-14')).toEqual({ ok: true, value: { from: '2025-03-01', to: '2025-03-01' } });
    expect(resolvePeriod({ preset: 'custom', from: '2025-03-02', to: '2025-03-01' }, '2025-03-14')).toEqual({ ok: false, error: 'order' });
    expect(resolvePeriod({ preset: 'custom', from: '', to: '2025-03-01' }, '2025-03-14')).toEqual({ ok: false, error: 'missing' });
    expect(resolvePeriod({ preset: 'custom', from: '2025-02-30', to: '2025-03-01' }, '2025-03-14')).toEqual({ ok: false, error: 'missing' });
  });

  it('starts custom dates from the period shown, or from this month up to today', () => {
    expect(customStart({ preset: 'lastMonth', from: '', to: '' }, '2025-03-14')).toEqual({ preset: 'custom', from: '2025-02-01', to: '2025-02-28' });
    expect(customStart({ preset: 'all', from: '', to: '' }, '2025-03-14')).toEqual({ preset: 'custom', from: '2025-03-01', to: '2025-03-14' });
  });
});

describe('the period Export opens on', () => {
  it('is this month when it holds an entry, else the last month that does', () => {
    expect(defaultPeriod('2025-03-14', '2025-03-02')).toEqual({ preset: 'thisMonth', from: '', to: '' });
    expect(defaultPeriod('2025-03-01', '2025-02-28')).toEqual({ preset: 'lastMonth', from: '', to: '' });
    expect(defaultPeriod('2025-01-01', '2024-12-31')).toEqual({ preset: 'lastMonth', from: '', to: '' });
    expect(defaultPeriod('2025-03-01', '2024-11-05')).toEqual({ preset: 'custom', from: '2024-11-01', to: '2024-11-30' });
    expect(defaultPeriod('2024-03-01', '2024-02-10')).toEqual({ preset: 'lastMonth', from: '', to: '' });
    expect(defaultPeriod('2025-03-01', null)).toEqual({ preset: 'thisMonth', from: '', to: '' });
  });
});
