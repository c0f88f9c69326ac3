import type { Felt } from '../../../shared/domain/types';
import type { MessageKey, Translate } from '../../../shared/i18n';
import type { RatingOption } from '../../components/RatingScale';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Mood 1–5, each named e.g. "4 – Good" / "4 – Bien". */
export function moodOptions(t: Translate): RatingOption<number>[] {
  return LEVELS.map((v) => {
    const caption = t(`today.mood.${v}` as MessageKey);
    return { value: v, short: String(v), caption, label: t('today.rating.option', { value: String(v), label: caption }) };
  });
}

export function energyOptions(t: Translate): RatingOption<number>[] {
  return LEVELS.map((v) => {
    const caption = t(`today.energy.${v}` as MessageKey);
    return { value: v, short: String(v), caption, label: t('today.rating.option', { value: String(v), label: caption }) };
  });
}

const FELT: ReadonlyArray<{ value: Felt; short: string; key: MessageKey }> = [
  { value: -2, short: '\u22122', key: 'today.felt.m2' },
  { value: -1, short: '\u22121', key: 'today.felt.m1' },
  { value: 0, short: '0', key: 'today.felt.0' },
  { value: 1, short: '+1', key: 'today.felt.p1' },
  { value: 2, short: '+2', key: 'today.felt.p2' },
];

/** How a client felt, −2 drained … +2 energised, each named e.g. "−2 – Drained". */
export function feltOptions(t: Translate): RatingOption<Felt>[] {
  return FELT.map((f) => ({ value: f.value, short: f.short, label: t('today.rating.option', { value: f.short, label: t(f.key) }) }));
}
