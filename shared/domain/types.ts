/** A calendar day in the user's local time, e.g. "2024-10-01". */
export type DayKey = string;

/** UI languages, and the two languages an entry can be written in. */
export type Lang = 'fr' | 'en';

export type ClientStatus = 'active' | 'paused' | 'ended';

export interface IdealCriterion {
  id: string;
  label: string;
  met: boolean;
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

export interface Settings {
  /** null: follow the system language. */
  language: Lang | null;
  theme: ThemeSetting;
  /** 0 = Sunday, 1 = Monday (date-fns convention). */
  weekStartsOn: 0 | 1;
  /** "HH:mm" or null when off. */
  reminderTime: string | null;
  /** Show the bilingual reflection prompts on Today. */
  showPrompts: boolean;
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
  showPrompts: true,
};

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
