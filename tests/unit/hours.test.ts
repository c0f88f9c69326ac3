import { describe, expect, it } from 'vitest';
import { parseHours } from '../../shared/domain/hours';

const ok = (text: string) => {
  const r = parseHours(text);
  if (!r.ok) throw new Error(`${text} refused: ${r.error}`);
  return r.value;
};
const error = (text: string) => {
  const r = parseHours(text);
  return r.ok ? `accepted ${r.value}` : r.error;
};

describe('parseHours', () => {
  it('reads every way the issue lists as two and a half hours', () => {
    for (const text of ['2h30', '2 h 30', '2:30', '2,5', '2.5', ' 2H30 ', '2h30min', '2 h 30 min', '2 heures 30']) {
      expect(ok(text), text).toBe(2.5);
    }
  });

  it('reads whole hours, minutes alone and leading decimal marks', () => {
    expect(ok('3')).toBe(3);
    expect(ok('2h')).toBe(2);
    expect(ok('2 h')).toBe(2);
    expect(ok('45 min')).toBe(0.75);
    expect(ok(',5')).toBe(0.5);
    expect(ok('.25')).toBe(0.25);
    expect(ok('0')).toBe(0);
    expect(ok('24')).toBe(24);
    expect(ok('0:05')).toBe(0.08);
  });

  it('rounds odd minutes to hundredths of an hour', () => {
    expect(ok('1h20')).toBe(1.33);
    expect(ok('1:40')).toBe(1.67);
  });

  it('treats an empty or blank field as no hours', () => {
    expect(ok('')).toBeNull();
    expect(ok('   ')).toBeNull();
  });

  it('says why a value is refused', () => {
    expect(error('25')).toBe('range');
    expect(error('24h30')).toBe('range');
    expect(error('2h75')).toBe('minutes');
    expect(error('2:60')).toBe('minutes');
    expect(error('-1')).toBe('format');
    expect(error('deux heures')).toBe('format');
    expect(error('2,5,5')).toBe('format');
    expect(error('2:3')).toBe('format');
    expect(error('1e3')).toBe('format');
    expect(error('2h30h')).toBe('format');
    expect(error('Infinity')).toBe('format');
  });
});
