/**
 * A synthetic journal with known effects, e.g.
 *   generateJournal({ seed: 7, years: 1, clients: [{ id: 'acme', energy: -1.5 }, { id: 'lemon', energy: 1 }] })
 * For each day: which clients were there (independent draws, followers, rare clients), a latent
 * energy and mood = baseline + weekday + Σ client effects (drift included) + Gaussian noise,
 * rounded to 1…5 in an end-of-day review, plus quick notes, felt ratings, hours, signals and text.
 */
import { DEFAULT_SIGNALS, CLIENT_COLORS } from '../domain/signals';
import type { Client, ClientLink, DayKey, Entry, Felt, Signal } from '../domain/types';
import { dayKeyOfNumber, dayNumber, weekdayOfNumber } from '../stats/calendar';
import { entryText, SAMPLE_CLIENT_NAMES } from './phrases';
import {
  type GenerateJournalOptions,
  type PlantedClient,
  type PlantedTruth,
  clientIdAt,
  defaultClients,
  plantTruth,
  plantedEffectAt,
} from './plan';
import { createRandom, type Random } from './prng';

export interface GeneratedJournal {
  clients: Client[];
  signals: Signal[];
  entries: Entry[];
  truth: PlantedTruth;
}

const NEGATIVE_SIGNALS = ['urgent-deadline', 'scope-creep', 'not-heard', 'late-payment', 'unpaid-work', 'outside-role'];
const POSITIVE_SIGNALS = ['respected', 'trusted'];
const MS_PER_MINUTE = 60_000;

function toScore(latent: number): number {
  return Math.min(5, Math.max(1, Math.round(latent)));
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Clients in an order where each one's leader comes before it. */
function presenceOrder(ids: readonly string[], truth: PlantedTruth): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < ids.length) {
    const before = order.length;
    for (const id of ids) {
      const lead = truth.clients[id].follows?.clientId;
      if (!done.has(id) && (!lead || done.has(lead))) {
        done.add(id);
        order.push(id);
      }
    }
    if (order.length === before) throw new Error('Planted clients follow each other in a circle');
  }
  return order;
}

/** Day indices (among days with entries) for each client seen on only N days. */
function rareClientDays(rng: Random, truth: PlantedTruth, activeDays: number[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [id, c] of Object.entries(truth.clients)) {
    if (c.onlyDays === undefined) continue;
    const pool = [...activeDays];
    const n = Math.min(c.onlyDays, pool.length);
    for (let k = 0; k < n; k++) {
      const j = k + Math.floor(rng.next() * (pool.length - k));
      [pool[k], pool[j]] = [pool[j], pool[k]];
    }
    out.set(id, new Set(pool.slice(0, n)));
  }
  return out;
}

function clientSignals(rng: Random, effect: number): string[] {
  const out: string[] = [];
  const bad = 0.04 + 0.1 * Math.max(0, -effect);
  const good = 0.05 + 0.15 * Math.max(0, effect);
  for (const s of NEGATIVE_SIGNALS) if (rng.chance(bad)) out.push(s);
  for (const s of POSITIVE_SIGNALS) if (rng.chance(good)) out.push(s);
  if (rng.chance(0.02)) out.push('new-project');
  return out;
}

function feltOf(rng: Random, energyEffect: number): Felt | null {
  if (rng.chance(0.1)) return null;
  return Math.min(2, Math.max(-2, Math.round(0.2 + 0.8 * energyEffect + 0.8 * rng.gaussian()))) as Felt;
}

function hoursOf(rng: Random): number | undefined {
  if (rng.chance(0.2)) return undefined;
  return Math.min(10, Math.max(0.5, Math.round((3.5 + 1.8 * rng.gaussian()) * 2) / 2));
}

export function generateJournal(options: GenerateJournalOptions = {}): GeneratedJournal {
  const rng = createRandom(options.seed ?? 1);
  const specs: PlantedClient[] = typeof options.clients === 'object' ? options.clients : defaultClients(options.clients ?? 10);
  const names = specs.map((s, i) => s.name ?? SAMPLE_CLIENT_NAMES[i % SAMPLE_CLIENT_NAMES.length] + (i >= SAMPLE_CLIENT_NAMES.length ? ` ${Math.floor(i / SAMPLE_CLIENT_NAMES.length) + 1}` : ''));
  const truth = plantTruth(options, specs, names);
  const ids = specs.map((s, i) => s.id ?? clientIdAt(i));
  const startNum = dayNumber(truth.start);
  const startMs = startNum * 86_400_000;
  const [minEntries, maxEntries] = options.entriesPerDay ?? [1, 3];
  if (!(minEntries >= 1 && maxEntries >= minEntries)) throw new Error('entriesPerDay must be [min ≥ 1, max ≥ min]');
  const missingShare = options.missingDayShare ?? 0.1;
  const reviewShare = options.reviewShare ?? 0.9;
  const withText = options.text ?? true;

  const clients: Client[] = specs.map((s, i) => ({
    id: ids[i],
    name: names[i],
    color: CLIENT_COLORS[i % CLIENT_COLORS.length],
    status: s.status ?? 'active',
    ...(s.status === 'ended' ? { endedOn: dayKeyOfNumber(startNum + truth.days - 1) } : {}),
    notes: '',
    ...(s.hourlyRate !== undefined ? { hourlyRate: s.hourlyRate, currency: s.currency ?? 'EUR' } : {}),
    createdAt: startMs,
    updatedAt: startMs,
  }));
  const signals: Signal[] = DEFAULT_SIGNALS.map((s) => ({ id: s.id, label: { ...s.label }, builtin: true, createdAt: startMs }));

  const activeDays: number[] = [];
  for (let d = 0; d < truth.days; d++) if (!rng.chance(missingShare)) activeDays.push(d);
  const rareDays = rareClientDays(rng, truth, activeDays);
  const order = presenceOrder(ids, truth);
  const nameOf = new Map(ids.map((id, i) => [id, names[i]]));
  const entries: Entry[] = [];
  const present = new Set<string>();

  for (const d of activeDays) {
    const num = startNum + d;
    const day: DayKey = dayKeyOfNumber(num);
    const weekday = weekdayOfNumber(num);
    present.clear();
    for (const id of order) {
      const c = truth.clients[id];
      const rare = rareDays.get(id);
      const here = rare ? rare.has(d)
        : c.follows ? rng.chance(present.has(c.follows.clientId) ? c.follows.probability : c.follows.alone)
        : rng.chance(c.presence);
      if (here) present.add(id);
    }
    let energy = truth.baseline.energy + truth.weekday.energy[weekday];
    let mood = truth.baseline.mood + truth.weekday.mood[weekday];
    const energyEffects = new Map<string, number>();
    for (const id of present) {
      const e = plantedEffectAt(truth, id, 'energy', d);
      energyEffects.set(id, e);
      energy += e;
      mood += plantedEffectAt(truth, id, 'mood', d);
    }
    // Mood and energy share part of the day's noise, as they do in real journals.
    const shared = rng.gaussian();
    energy += truth.noise * shared;
    mood += truth.noise * (0.5 * shared + 0.866 * rng.gaussian());

    const count = rng.int(minEntries, maxEntries);
    const hasReview = rng.chance(reviewShare);
    const noteTimes = Array.from({ length: hasReview ? count - 1 : count }, () => rng.int(8 * 60, 19 * 60 + 59)).sort((a, b) => a - b);
    const dayEntries: Entry[] = noteTimes.map((minutes, k) => {
      const rated = !hasReview || rng.chance(0.5);
      return {
        id: `e${d}-${k}`, day, time: timeOf(minutes), kind: 'note',
        mood: rated ? toScore(mood + 0.5 * rng.gaussian()) : null,
        energy: rated ? toScore(energy + 0.5 * rng.gaussian()) : null,
        text: { fr: '', en: '' }, clients: [], signals: [],
        createdAt: startMs + d * 86_400_000 + minutes * MS_PER_MINUTE, updatedAt: startMs + d * 86_400_000 + minutes * MS_PER_MINUTE,
      };
    });
    if (hasReview) {
      const minutes = rng.int(20 * 60 + 30, 23 * 60 + 29);
      dayEntries.push({
        id: `e${d}-${dayEntries.length}`, day, time: timeOf(minutes), kind: 'review',
        mood: toScore(mood), energy: toScore(energy),
        text: { fr: '', en: '' }, clients: [], signals: [],
        createdAt: startMs + d * 86_400_000 + minutes * MS_PER_MINUTE, updatedAt: startMs + d * 86_400_000 + minutes * MS_PER_MINUTE,
      });
    }
    const main = dayEntries[dayEntries.length - 1];
    for (const id of present) {
      const effect = energyEffects.get(id)!;
      const link: ClientLink = { clientId: id, felt: feltOf(rng, effect), signals: clientSignals(rng, effect) };
      const hours = hoursOf(rng);
      if (hours !== undefined) link.hours = hours;
      main.clients.push(link);
      // Sometimes a quick note during the day mentions the client too, with its own felt rating.
      if (dayEntries.length > 1 && rng.chance(0.25)) {
        dayEntries[rng.int(0, dayEntries.length - 2)].clients.push({ clientId: id, felt: feltOf(rng, effect), signals: [] });
      }
    }
    if (rng.chance(0.05)) main.signals.push(rng.pick(DEFAULT_SIGNALS).id);
    if (withText) {
      for (const e of dayEntries) e.text = entryText(rng, e.mood, e.clients.map((c) => nameOf.get(c.clientId)!), e.kind);
    }
    for (const e of dayEntries) entries.push(e);
  }
  return { clients, signals, entries, truth };
}
