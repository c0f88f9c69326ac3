import { describe, expect, it } from 'vitest';
import { validateEndDay } from '../../shared/domain/clientEnd';

describe('validateEndDay', () => {
  it('accepts today, a past day, and the first day with the client', () => {
    expect(validateEndDay('2025-03-14', '2025-03-14', '2024-09-02')).toEqual({ ok: true, value: '2025-03-14' });
    expect(validateEndDay('2025-02-28', '2025-03-14', '2024-09-02')).toEqual({ ok: true, value: '2025-02-28' });
    expect(validateEndDay('2024-09-02', '2025-03-14', '2024-09-02')).toEqual({ ok: true, value: '2024-09-02' });
    expect(validateEndDay('2020-01-01', '2025-03-14', null)).toEqual({ ok: true, value: '2020-01-01' });
  });

  it('refuses an empty or impossible day, a future day, and a day before the first one together', () => {
    expect(validateEndDay('', '2025-03-14', null)).toEqual({ ok: false, error: 'missing' });
    expect(validateEndDay('2025-02-30', '2025-03-14', null)).toEqual({ ok: false, error: 'missing' });
    expect(validateEndDay('2025-03-15', '2025-03-14', null)).toEqual({ ok: false, error: 'future' });
    expect(validateEndDay('2024-09-01', '2025-03-14', '2024-09-02')).toEqual({ ok: false, error: 'beforeStart' });
  });
});
