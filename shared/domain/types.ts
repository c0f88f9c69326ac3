/** A calendar day in the user's local time, e.g. "2024-10-01". */
export type DayKey = string;

/** UI languages, and the two languages an entry can be written in. */
export type Lang = 'fr' | 'en';

export type ClientStatus = 'active' | 'paused' | 'ended';

/** A client's tick on one of the user's ideal-client criteria (the list itself is in Settings). */
export interface IdealCriterion {
  id: string;
  /** The criterion's label when it was ticked, kept so that a backup reads on its own. */
  label: string;
  met: boolean;
}

/**
 * One of the user's ideal-client criteria, shared by every client. A default one ("seed-3") has an
 * empty label and is shown in the UI language; the user's own keep what they typed.
 */
export interface CriterionDef {
  id: string;
  label: string;
}

export interface Client {
  id: string;
  name: string;
  /** CSS hex colour, e.g. "#3b82f6". */
  color: string;
  status: ClientStatus;
  /** The day the user ended the relationship; set only when status is "ended". */
  endedOn?: DayKey;
  notes: string;
  hourlyRate?: number;
  /** ISO 4217 code, e.g. "EUR". */
  currency?: string;
  idealCriteria?: IdealCriterion[];
  createdAt: number;
  updatedAt: number;
}

/** How working with a client felt that day: −2 drained … +2 energised. */
export type Felt = -2 | -1 | 0 | 1 | 2;

export type EntryKind = 'review' | 'note';

export interface ClientLink {
  clientId: string;
  /** null while the user has not rated it. */
  felt: Felt | null;
  hours?: number;
  /** Signal ids. */
  signals: string[];
}

export interface EntryText {
  fr: string;
  en: string;
}

/** Where an imported entry came from, so that importing the same file twice adds nothing. */
export interface EntrySource {
  app: 'humeur' | 'daylio' | 'dayone' | 'jrnl' | 'minidiary';
  id: string;
}

export interface Entry {
  id: string;
  day: DayKey;
  /** Local time of day, "HH:mm", e.g. "21:35". */
  time: string;
  kind: EntryKind;
  /** 1–5, null when not rated (a quick note, or an import without mood). */
  mood: number | null;
  energy: number | null;
  text: EntryText;
  clients: ClientLink[];
  /** Day-level signal ids (not tied to a client). */
  signals: string[];
  source?: EntrySource;
  createdAt: number;
  updatedAt: number;
}

export interface Signal {
  id: string;
  label: EntryText;
  /** Built-in signals ship with the app; the user's own are false. */
  builtin: boolean;
  archived?: boolean;
  createdAt: number;
}

export type ThemeSetting = 'light' | 'dark' | 'system';

/** The languages the user writes entries in: one full-width field, or a French and an English one. */
export type WritingLanguages = Lang | 'both';

export interface Settings {
  /** null: follow the system language. */
  language: Lang | null;
  theme: ThemeSetting;
  /** 0 = Sunday, 1 = Monday (date-fns convention). */
  weekStartsOn: 0 | 1;
  /** The evening reminder's local time, "HH:mm", or null when off. */
  reminderTime: string | null;
  /** Weekdays the reminder comes on, 0 = Sunday … 6 = Saturday (date-fns convention). */
  reminderDays: number[];
  /** Desktop: closing the window leaves Humeur running in the tray, so the reminder still comes. */
  keepInBackground: boolean;
  /** Desktop: start Humeur when the user logs in to the computer. */
  openAtLogin: boolean;
  /** Until this hour (0–6, 0 = never) Today first offers the review of the day before. */
  lateReviewUntilHour: number;
  /** The languages entries are written in. */
  writingLanguages: WritingLanguages;
  /** The welcome has been seen (or skipped) once: it never shows again. */
  welcomeDone: boolean;
  /** Show the bilingual reflection prompts on Today. */
  showPrompts: boolean;
  /** The ideal-client checklist every client is ticked against; null: the defaults, never edited. */
  idealCriteria: CriterionDef[] | null;
  /**
   * The score Insights opens on, as the user last chose it; absent or null: the one with data
   * (shared/stats/metricChoice.ts). Optional so that backups written before it stay byte for byte.
   */
  insightsMetric?: 'mood' | 'energy' | null;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  theme: 'system',
  weekStartsOn: 1,
  reminderTime: null,
  reminderDays: [0, 1, 2, 3, 4, 5, 6],
  keepInBackground: false,
  openAtLogin: false,
  lateReviewUntilHour: 4,
  writingLanguages: 'both',
  welcomeDone: false,
  showPrompts: true,
  idealCriteria: null,
};

/** The time the reminder is set to when the user turns it on. */
export const DEFAULT_REMINDER_TIME = '20:30';

/**
 * What the statistics need of one day, and nothing more (no text): the unit of analysis.
 * mood/energy: the end-of-day review's where there is one, else the mean of the day's entries.
 */
export interface DaySummary {
  day: DayKey;
  mood: number | null;
  energy: number | null;
  clients: DayClient[];
  /** Union of every day-level and client-level signal id of the day. */
  signals: string[];
  entryCount: number;
}

export interface DayClient {
  clientId: string;
  /** Mean of the day's rated felt scores for this client, null when none was rated. */
  felt: number | null;
  /** Sum of hours recorded that day, undefined when none. */
  hours?: number;
  signals: string[];
}

/** Expected failures are values. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
