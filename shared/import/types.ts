import type { Client, DayKey, Entry, Signal } from '../domain/types';

/** The other journals Humeur reads. Humeur's own backup has its own importer. */
export type ImportFormat = 'daylio' | 'dayone' | 'jrnl' | 'minidiary';

/**
 * Why a whole file is refused. Closed: the UI has one message per code
 * (shared/i18n/messages/importErrors.ts).
 */
export type ImportErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'notUtf8'
  | 'notJson'
  | 'truncated'
  | 'notThisFormat'
  | 'missingColumns'
  | 'invalidDate'
  | 'invalidTime'
  | 'wrongFieldCount'
  | 'invalidEntry'
  | 'badZip'
  | 'zipBomb'
  | 'noJsonInZip'
  | 'unknownMonth'
  | 'implausibleDate'
  | 'unknownFormat';

export interface ImportError {
  code: ImportErrorCode;
  /** 1-based line of the file; for CSV the header is line 1. */
  line?: number;
  /** 1-based position of a JSON entry, or its key (a Mini Diary day key). */
  entry?: number | string;
  /** The offending value as found in the file, e.g. "2023-02-30", or the missing column names. */
  value?: string;
  /** A technical description in English, for logs; the UI shows the translated message. */
  detail: string;
}

/** Why one row or entry was left out while the rest of the file imports. */
export type SkipCode = 'invalidDate' | 'invalidTime' | 'wrongFieldCount' | 'invalidEntry' | 'emptyEntry' | 'unknownMonth' | 'implausibleDate';

export interface SkippedItem {
  code: SkipCode;
  line?: number;
  entry?: number | string;
  value?: string;
}

export interface DayRange {
  from: DayKey;
  to: DayKey;
}

/** What every parsed source item has, before it becomes a Humeur entry. */
export interface ImportItemBase {
  /** Stable across exports of the same item: the key that makes re-imports idempotent. */
  sourceId: string;
  day: DayKey;
  /** Local "HH:mm". */
  time: string;
  /** Plain text, already cleaned (no HTML, no Day One image references); may be empty. */
  title: string;
  text: string;
  /** Daylio activities, Day One tags, jrnl tags (with their "@" or "#"). */
  tags: string[];
  /** Where the item sits in the file, for messages. */
  line?: number;
  entry?: number | string;
}

/**
 * A Daylio scale's value as exported: "Energy: 4" → { value: 4 }, "Sleep Quality: 8/10 points"
 * → { value: 8, max: 10 }, "Sleep Time: 7:30" → { value: 7.5, duration: true } (hours).
 */
export interface ScaleValue {
  value: number;
  max?: number;
  duration?: boolean;
}

export interface DaylioItem extends ImportItemBase {
  /** The mood's name as exported, trimmed, e.g. "rad", "super", "sad". */
  mood: string;
  /** Daylio scales by name, e.g. Map { "Energy" → { value: 4 } }; empty when the export has none. */
  scales: Map<string, ScaleValue>;
}

export interface DayOneItem extends ImportItemBase {
  /** The journal's name, from the file name inside the ZIP ("Journal.json" → "Journal"). */
  journal: string;
  starred: boolean;
}

export interface JrnlItem extends ImportItemBase {
  starred: boolean;
}

export type MiniDiaryItem = ImportItemBase;

/** What the file holds that Humeur leaves behind, per kind, e.g. Day One's photos. */
export interface AttachmentCounts {
  photos: number;
  videos: number;
  audios: number;
  pdfs: number;
}

/** Things the preview says about the file besides its counts. */
export interface PreviewNotes {
  /** Day One attachments that will not be imported. */
  attachments?: AttachmentCounts;
  /** Entries whose time of day the file does not give (Mini Diary): they are placed at 12:00. */
  noonEntries?: number;
}

interface PreviewOf<F extends ImportFormat, I extends ImportItemBase> {
  format: F;
  /** In file order. */
  items: I[];
  skipped: SkippedItem[];
  counts: { items: number; days: number; skipped: number };
  range: DayRange | null;
  notes: PreviewNotes;
}

export type DaylioPreview = PreviewOf<'daylio', DaylioItem>;
export type DayOnePreview = PreviewOf<'dayone', DayOneItem> & { journals: string[] };
export type JrnlPreview = PreviewOf<'jrnl', JrnlItem>;
export type MiniDiaryPreview = PreviewOf<'minidiary', MiniDiaryItem>;
export type ImportPreview = DaylioPreview | DayOnePreview | JrnlPreview | MiniDiaryPreview;

/** Where a Daylio activity or a tag goes in Humeur. */
export type TagTarget =
  | { kind: 'client'; clientId: string }
  | { kind: 'newClient'; name: string }
  | { kind: 'signal'; signalId: string }
  | { kind: 'newSignal'; label: string }
  | { kind: 'ignore' };

/**
 * The user's choices in the mapping step. Keys are `mappingKey(name)` (trimmed, lower-case),
 * as listed by `mappingDefaults`. A tag missing from `tags` is ignored; a mood missing from
 * `moods`, or mapped to null, gives an entry without mood. Maps, not objects: a tag may be
 * named "constructor" or "__proto__".
 */
export interface ImportMapping {
  tags: ReadonlyMap<string, TagTarget>;
  moods: ReadonlyMap<string, number | null>;
  /** The Daylio scale (its `mappingKey`) that gives each entry its energy; null: none. */
  energyScale?: string | null;
}

/** What the journal already holds, so the plan reuses clients/signals and skips duplicates. */
export interface ExistingJournal {
  clients: readonly Client[];
  signals: readonly Signal[];
  /** `sourceKey(entry.source)` of every entry already imported, e.g. "dayone:81F0…". */
  sourceKeys: ReadonlySet<string>;
}

export interface ImportPlanOptions {
  /** The language imported text is written in: it fills `text.fr` or `text.en`. */
  language?: 'fr' | 'en';
  now: number;
  newId: () => string;
}

export interface ImportPlan {
  clientsToCreate: Client[];
  signalsToCreate: Signal[];
  entries: Entry[];
  /** Items already in the journal (or twice in the file): not imported again. */
  duplicates: number;
  skipped: SkippedItem[];
  /** Days spanned by `entries`; null when there is nothing new. */
  range: DayRange | null;
}
