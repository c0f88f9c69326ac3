/**
 * The shape of Humeur's JSON backup, version 1, as zod schemas: the single definition that
 * parseBackup validates against and serialiseBackup takes its key order from.
 * docs/backup-format.md describes the same fields for people.
 */
import { z } from 'zod';
import { isDayKey } from '../domain/dates';
import type { Client, ClientLink, Entry, EntrySource, EntryText, IdealCriterion, Settings, Signal } from '../domain/types';

export const BACKUP_FORMAT = 'humeur-backup';
/** The version this build writes and the newest it reads. */
export const BACKUP_VERSION = 1;

const id = z.string().min(1);
const dayKey = z.string().refine(isDayKey, 'Expected a calendar day such as "2024-10-01"');
/** "HH:mm", e.g. "21:35". */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time such as "21:35"');
/** Milliseconds since 1970, e.g. 1727811300000. */
const timestamp = z.number().int().nonnegative();
const rating = z.number().int().min(1).max(5).nullable();

const entryTextSchema = z.object({ fr: z.string(), en: z.string() });

const idealCriterionSchema = z.object({ id, label: z.string(), met: z.boolean() });

export const clientSchema = z.object({
  id,
  name: z.string(),
  /** "#3b82f6"; the short forms "#38f" and alpha forms are accepted too. */
  color: z.string().regex(/^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, 'Expected a hex colour such as "#3b82f6"'),
  status: z.enum(['active', 'paused', 'ended']),
  endedOn: dayKey.optional(),
  notes: z.string(),
  hourlyRate: z.number().nonnegative().optional(),
  /** ISO 4217, e.g. "EUR". */
  currency: z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as "EUR"').optional(),
  idealCriteria: z.array(idealCriterionSchema).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const signalSchema = z.object({
  id,
  label: entryTextSchema,
  builtin: z.boolean(),
  archived: z.boolean().optional(),
  createdAt: timestamp,
});

const clientLinkSchema = z.object({
  clientId: id,
  felt: z.literal([-2, -1, 0, 1, 2]).nullable(),
  /** Hours worked for the client in that entry; a day has 24. */
  hours: z.number().min(0).max(24).optional(),
  signals: z.array(id),
});

const entrySourceSchema = z.object({
  app: z.enum(['humeur', 'daylio', 'dayone', 'jrnl', 'minidiary']),
  id: z.string(),
});

export const entrySchema = z.object({
  id,
  day: dayKey,
  time,
  kind: z.enum(['review', 'note']),
  mood: rating,
  energy: rating,
  text: entryTextSchema,
  clients: z.array(clientLinkSchema),
  signals: z.array(id),
  source: entrySourceSchema.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const settingsSchema = z.object({
  language: z.enum(['fr', 'en']).nullable(),
  theme: z.enum(['light', 'dark', 'system']),
  weekStartsOn: z.literal([0, 1]),
  reminderTime: time.nullable(),
  // Added after version 1 shipped: older files lack them and read as the defaults.
  reminderDays: z.array(z.number().int().min(0).max(6)).max(7).default([0, 1, 2, 3, 4, 5, 6]),
  keepInBackground: z.boolean().default(false),
  openAtLogin: z.boolean().default(false),
  lateReviewUntilHour: z.number().int().min(0).max(6).default(4),
  writingLanguages: z.enum(['fr', 'en', 'both']).default('both'),
  welcomeDone: z.boolean().default(true),
  showPrompts: z.boolean(),
  /** Absent from backups written before the shared checklist: the defaults. */
  idealCriteria: z.array(z.object({ id, label: z.string() })).nullable().default(null),
  // Absent from backups written before it existed: they restore with the automatic choice.
  insightsMetric: z.enum(['mood', 'energy']).nullable().optional(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** ISO 8601 instant, e.g. "2024-11-02T18:04:05.000Z". */
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string(), version: z.string() }),
  settings: settingsSchema,
  clients: z.array(clientSchema),
  signals: z.array(signalSchema),
  entries: z.array(entrySchema),
});

/** A backup file's content, version 1. */
export type HumeurBackup = z.infer<typeof backupSchema>;

/**
 * Compile-time guard: every schema has exactly the keys of its domain type, so a field added
 * to Client, Entry, Settings… cannot be silently dropped from backups (the build fails here
 * until the schema, the version and docs/backup-format.md follow).
 */
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Fits<S, T> = S extends T ? true : false;
export const SCHEMA_MATCHES_DOMAIN: [
  SameKeys<z.infer<typeof clientSchema>, Client>,
  SameKeys<z.infer<typeof idealCriterionSchema>, IdealCriterion>,
  SameKeys<z.infer<typeof signalSchema>, Signal>,
  SameKeys<z.infer<typeof entrySchema>, Entry>,
  SameKeys<z.infer<typeof clientLinkSchema>, ClientLink>,
  SameKeys<z.infer<typeof entryTextSchema>, EntryText>,
  SameKeys<z.infer<typeof entrySourceSchema>, EntrySource>,
  SameKeys<z.infer<typeof settingsSchema>, Settings>,
  Fits<HumeurBackup['clients'][number], Client>,
  Fits<HumeurBackup['signals'][number], Signal>,
  Fits<HumeurBackup['entries'][number], Entry>,
  Fits<HumeurBackup['settings'], Settings>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
