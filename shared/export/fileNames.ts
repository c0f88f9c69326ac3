/**
 * File names for exports that every file system accepts: lower-case ASCII letters, digits and
 * dashes, e.g. "humeur-acme-sarl-2024-10.md", "humeur-2024-10-01_2024-11-15.csv",
 * "humeur-backup-2024-11-02.json".
 */
import { monthEnd, monthStart } from '../domain/dates';
import { normaliseForSearch } from '../domain/search';
import type { DayKey } from '../domain/types';
import type { ExportPeriod } from './model';

const MAX_SLUG = 48;

/** "Acme SARL" → "acme-sarl", "Béa & Cœur Studio" → "bea-coeur-studio", "🚀" → "". */
export function slugify(text: string): string {
  const slug = normaliseForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

/**
 * The shortest name for a period: "2024-10" for a whole month, "2024" for a whole year,
 * "2024-10-01" for one day, else "2024-10-01_2024-11-15". Without a period, the day of export.
 */
export function periodSlug(period: ExportPeriod | null, generatedOn: DayKey): string {
  if (!period) return generatedOn;
  const { from, to } = period;
  if (from === to) return from;
  if (from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`) return from.slice(0, 4);
  if (from === monthStart(from) && to === monthEnd(from)) return from.slice(0, 7);
  return `${from}_${to}`;
}

export type ExportKind = 'markdown' | 'csv' | 'pdf' | 'backup';

const EXTENSION: Record<ExportKind, string> = { markdown: 'md', csv: 'csv', pdf: 'pdf', backup: 'json' };

/**
 * The suggested name of an export file. A backup is named by its day alone, the name the
 * automatic backups use too: "humeur-backup-2024-11-02.json".
 */
export function exportFileName(options: {
  kind: ExportKind;
  period: ExportPeriod | null;
  generatedOn: DayKey;
  clientName?: string;
}): string {
  if (options.kind === 'backup') return `humeur-backup-${options.generatedOn}.json`;
  const parts = ['humeur'];
  // A name with no Latin letter or digit, e.g. "🚀" or "東京", still says it is about a client.
  if (options.clientName !== undefined) parts.push(slugify(options.clientName) || 'client');
  parts.push(periodSlug(options.period, options.generatedOn));
  return `${parts.join('-')}.${EXTENSION[options.kind]}`;
}

/**
 * Makes names unique in a batch by numbering repeats: two clients "Acmé" and "Acme" give
 * "humeur-acme-2024-10.md" and "humeur-acme-2024-10-2.md".
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; seen.has(candidate); n++) candidate = `${stem}-${n}${ext}`;
    seen.add(candidate);
    return candidate;
  });
}
