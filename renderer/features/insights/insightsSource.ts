import Dexie from 'dexie';
import type { Client, DaySummary, Signal } from '../../../shared/domain/types';
import { loadDaySummaries } from '../../db/days';
import { listClients } from '../../db/clients';
import { listSignals } from '../../db/signals';
import type { HumeurDb } from '../../db/schema';
import { markDuration } from '../../app/perf';

/** What Insights reads: the compact day records, the clients and the signals' names (never an entry's text). */
export interface InsightsSourceData {
  days: DaySummary[];
  clients: Client[];
  signals: Signal[];
}

const TABLES = ['days', 'clients', 'signals'];
/** A change made while nobody looks at Insights is read again when the browser is idle, this long after it. */
const IDLE_REFRESH_MS = 1000;

type Idle = (run: () => void, delayMs: number) => () => void;

const whenIdle: Idle = (run, delayMs) => {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 });
    else run();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
};

/**
 * The Insights data of one database, read once and kept in memory: the `days` table changes only
 * when an entry is saved, imported or deleted, so a second visit, a metric or period switch, and a
 * first visit after an idle prefetch need no read at all. Every write to those tables (in this
 * window or another one, through Dexie's storage-mutation events) marks the copy stale; it is read
 * again at once while someone is subscribed, else when the browser is idle. A stale copy is never
 * shown as current.
 */
export class InsightsSource {
  private data: InsightsSourceData | undefined;
  private error: unknown = null;
  private stale = true;
  private loading: Promise<void> | null = null;
  private changedWhileLoading = false;
  private readonly listeners = new Set<() => void>();
  private cancelIdle: (() => void) | null = null;
  private started = false;

  constructor(
    private readonly db: HumeurDb,
    private readonly idle: Idle = whenIdle,
  ) {}

  /** Starts following the database (idempotent); reads the data now. */
  start(): Promise<void> {
    if (!this.started) {
      this.started = true;
      Dexie.on('storagemutated', this.onMutated);
    }
    return this.refresh();
  }

  /** Stops following the database (tests, or a database being closed). */
  stop(): void {
    if (this.started) Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.started = false;
    this.cancelIdle?.();
  }

  /** The current data, or undefined while it is being read (or read again after a change). Throws a failed read. */
  current(): InsightsSourceData | undefined {
    if (this.error) throw this.error;
    return this.stale ? undefined : this.data;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    void this.start();
    return () => this.listeners.delete(listener);
  }

  private readonly onMutated = (parts: Record<string, unknown>) => {
    const prefix = `idb://${this.db.name}/`;
    const touched = Object.keys(parts).some((key) => key.startsWith(prefix) && TABLES.includes(key.slice(prefix.length).split('/')[0]));
    if (!touched) return;
    if (this.loading) this.changedWhileLoading = true;
    if (!this.stale) {
      this.stale = true;
      this.notify();
    }
    this.cancelIdle?.();
    if (this.listeners.size > 0) void this.refresh();
    else this.cancelIdle = this.idle(() => void this.refresh(), IDLE_REFRESH_MS);
  };

  private notify() {
    for (const listener of this.listeners) listener();
  }

  private refresh(): Promise<void> {
    if (this.loading) return this.loading;
    if (!this.stale) return Promise.resolve();
    const started = performance.now();
    this.changedWhileLoading = false;
    this.loading = this.db
      .transaction('r', [this.db.days, this.db.clients, this.db.signals], async () => {
        const [days, clients, signals] = await Promise.all([loadDaySummaries(this.db), listClients(this.db), listSignals(this.db)]);
        return { days, clients, signals };
      })
      .then(
        (data) => {
          markDuration('insights-load', started);
          this.loading = null;
          if (this.changedWhileLoading) return this.refresh();
          this.data = data;
          this.error = null;
          this.stale = false;
          this.notify();
        },
        (error: unknown) => {
          // The screen's error boundary says so; the next change or visit tries again.
          this.loading = null;
          this.error = error;
          this.notify();
        },
      );
    return this.loading;
  }
}

const sources = new WeakMap<HumeurDb, InsightsSource>();

/** The one source of a database. */
export function insightsSource(db: HumeurDb): InsightsSource {
  let source = sources.get(db);
  if (!source) {
    source = new InsightsSource(db);
    sources.set(db, source);
  }
  return source;
}
