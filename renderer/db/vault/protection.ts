/**
 * Turning protection on and off, unlocking and locking. The state lives in `meta` under
 * "privacy" as { ring, state }: 'encrypting' from the moment the key exists until every record
 * is sealed, 'on', then 'decrypting' while it is turned off; no record means off. Each change of
 * the records happens in ONE IndexedDB transaction (the sealing is done before it, in memory),
 * so a crash leaves either the journal as it was or as it should be, and a record without its
 * `sealed` envelope still reads as plaintext: after a crash the next unlock simply finishes.
 */
import type { EntityTable } from 'dexie';
import type { Result } from '../../../shared/domain/types';
import { checkPassphrase, type PassphraseProblem } from '../../../shared/privacy/passphrase';
import { createKeyRing, DEFAULT_ARGON2ID, journalKeys, unwrapDataKey, wrapDataKey, type KeyRing, type Secret } from '../../../shared/privacy/keys';

/** Argon2id cost; tests pass a small one, the app always the default. */
export type KdfCost = typeof DEFAULT_ARGON2ID | { memoryKiB: number; iterations: number; parallelism: number };
import { searchWords } from '../../../shared/domain/search';
import { clientNameKey } from '../clients';
import type { HumeurDb, StoredClient, StoredEntry, StoredSignal } from '../schema';
import { isSealedRecord, openClientRecord, openEntryRecord, openIntoCache, openSignalRecord, sealClient, sealEntry, sealSignal } from './records';
import { vaultOf, type UnlockTimings, type Vault } from './state';
import { openDrafts, sealDraft, type StoredDraft } from './drafts';
import { isSealedSettings, openSettingsIntoCache, plainSettings, sealSettings } from './settingsSecret';

export const PRIVACY_META_KEY = 'privacy';

export interface PrivacyMeta {
  ring: KeyRing;
  state: 'encrypting' | 'on' | 'decrypting';
  /** Minutes without use before the journal locks; 0 = never (see autoLock.ts). */
  autoLockMinutes?: number;
}

export async function readPrivacy(db: HumeurDb): Promise<PrivacyMeta | undefined> {
  return (await db.meta.get(PRIVACY_META_KEY))?.value as PrivacyMeta | undefined;
}

/** At start: a protected journal opens locked. */
export async function loadVault(db: HumeurDb): Promise<Vault> {
  const vault = vaultOf(db);
  const privacy = await readPrivacy(db);
  vault.mode = privacy && privacy.state !== 'decrypting' ? 'seal' : 'plain';
  vault.setStatus(privacy ? 'locked' : 'off');
  return vault;
}

export type UnlockError = 'wrong-secret' | 'not-protected';

/** Decrypts every sealed record once into memory and builds the search index. */
async function openEverything(db: HumeurDb, vault: Vault): Promise<Omit<UnlockTimings, 'kdfMs'>> {
  const t0 = performance.now();
  const [entries, clients, signals, settings] = await db.transaction('r', [db.entries, db.clients, db.signals, db.settings], () =>
    Promise.all([db.entries.toArray(), db.clients.toArray(), db.signals.toArray(), db.settings.get('app')]),
  );
  await Promise.all([
    openSettingsIntoCache(vault, settings),
    ...entries.filter(isSealedRecord).map((record) => openIntoCache(vault, { table: 'entries', record })),
    ...clients.filter(isSealedRecord).map((record) => openIntoCache(vault, { table: 'clients', record })),
    ...signals.filter(isSealedRecord).map((record) => openIntoCache(vault, { table: 'signals', record })),
  ]);
  const t1 = performance.now();
  vault.index.addAll([...vault.entries].map(([id, e]) => ({ id, words: e.words })));
  return { decryptMs: t1 - t0, indexMs: performance.now() - t1, records: entries.length + clients.length + signals.length };
}

async function openWithDataKey(db: HumeurDb, vault: Vault, dataKey: Uint8Array<ArrayBuffer>): Promise<Omit<UnlockTimings, 'kdfMs'>> {
  vault.forget();
  vault.keys = await journalKeys(dataKey);
  return openEverything(db, vault);
}

export async function unlock(db: HumeurDb, secret: Secret): Promise<Result<UnlockTimings, UnlockError>> {
  const privacy = await readPrivacy(db);
  if (!privacy) return { ok: false, error: 'not-protected' };
  const vault = vaultOf(db);
  const t0 = performance.now();
  const dataKey = await unwrapDataKey(privacy.ring, secret);
  if (!dataKey) return { ok: false, error: 'wrong-secret' };
  const kdfMs = performance.now() - t0;
  const timings = { kdfMs, ...(await openWithDataKey(db, vault, dataKey)) };
  vault.lastUnlock = timings;
  measureUnlock(t0, timings);
  vault.mode = privacy.state === 'decrypting' ? 'plain' : 'seal';
  for (const step of vault.beforeShow) await step().catch((error: unknown) => console.warn('[humeur]', error));
  vault.setStatus('unlocked');
  // Finish what a crash interrupted.
  if (privacy.state === 'encrypting') await sealEverything(db);
  if (privacy.state === 'decrypting') await unsealEverything(db);
  return { ok: true, value: timings };
}

/** The unlock's phases as performance measures ("humeur:unlock-kdf", …), for the bench of waits. */
function measureUnlock(start: number, timings: UnlockTimings): void {
  let at = start;
  for (const [name, ms] of [
    ['kdf', timings.kdfMs],
    ['decrypt', timings.decryptMs],
    ['index', timings.indexMs],
  ] as const) {
    try {
      performance.measure(`humeur:unlock-${name}`, { start: at, duration: ms });
    } catch {
      // An engine without User Timing level 3 (jsdom) has nothing to report to.
    }
    at += ms;
  }
}

/** Drops the key and every decrypted text; writes still in flight finish first. */
export async function lock(db: HumeurDb): Promise<void> {
  const vault = vaultOf(db);
  if (vault.status !== 'unlocked') return;
  vault.setStatus('locked');
  await vault.settle();
  // Unlocked again while the writes finished: keep the key.
  if ((vault.status as string) === 'locked') vault.forget();
}

export type EnableError = PassphraseProblem | 'already-on' | 'write-failed';

/** Step one of turning protection on: the key and the recovery key, in memory only. */
export interface PreparedProtection {
  ring: KeyRing;
  dataKey: Uint8Array<ArrayBuffer>;
  recoveryKey: string;
}

export async function prepareProtection(passphrase: string, cost: KdfCost = DEFAULT_ARGON2ID): Promise<Result<PreparedProtection, PassphraseProblem>> {
  const problem = checkPassphrase(passphrase);
  if (problem) return { ok: false, error: problem };
  return { ok: true, value: await createKeyRing(passphrase, cost) };
}

/**
 * Step two, once the recovery key has been shown: seals the journal in place. If the write is
 * refused (disk full), the journal stays plaintext and unprotected, as it was.
 */
export async function enableProtection(
  db: HumeurDb,
  prepared: PreparedProtection,
  hooks: { beforeWrite?: () => void } = {},
): Promise<Result<void, EnableError>> {
  if (await readPrivacy(db)) return { ok: false, error: 'already-on' };
  const vault = vaultOf(db);
  try {
    await db.meta.put({ key: PRIVACY_META_KEY, value: { ring: prepared.ring, state: 'encrypting' } satisfies PrivacyMeta });
    await openWithDataKey(db, vault, prepared.dataKey);
    vault.mode = 'seal';
    vault.setStatus('unlocked');
    await sealEverything(db, hooks);
    return { ok: true, value: undefined };
  } catch (error) {
    console.error(error);
    await rollBackToPlain(db);
    return { ok: false, error: 'write-failed' };
  }
}

async function rollBackToPlain(db: HumeurDb): Promise<void> {
  const vault = vaultOf(db);
  // Nothing was sealed if the sealing transaction failed; records sealed by saves in between are opened back.
  try {
    await unsealEverything(db);
  } catch {
    // Still 'encrypting' on disk: the next unlock finishes the sealing instead. Nothing is lost either way.
    vault.setStatus('locked');
  }
}

const ROUNDS = 5;

/** Seals every plaintext record (one transaction per round; a record edited meanwhile is sealed next round). */
export async function sealEverything(db: HumeurDb, hooks: { beforeWrite?: () => void } = {}): Promise<void> {
  const vault = vaultOf(db);
  for (let round = 0; round < ROUNDS; round++) {
    const [entries, clients, signals] = await db.transaction('r', [db.entries, db.clients, db.signals], () =>
      Promise.all([
        db.entries.filter((e) => !isSealedRecord(e)).toArray(),
        db.clients.filter((c) => !isSealedRecord(c)).toArray(),
        db.signals.filter((s) => !isSealedRecord(s) && !s.builtin).toArray(),
      ]),
    );
    const sealed = await vault.track(
      Promise.all([
        Promise.all(entries.map((e) => sealEntry(vault, e))),
        Promise.all(clients.map((c) => sealClient(vault, c))),
        Promise.all(signals.map((s) => sealSignal(vault, s))),
      ]),
    );
    const drafts = (await db.drafts.toArray()).filter((d) => !isSealedRecord(d));
    const sealedDrafts = await Promise.all(drafts.map((d) => sealDraft(vault, d)));
    const settings = await db.settings.get('app');
    const sealedSettings = settings && !isSealedSettings(settings) ? await vault.track(sealSettings(vault, settings)) : undefined;
    hooks.beforeWrite?.();
    const done = await db.transaction('rw', [db.entries, db.clients, db.signals, db.meta, db.drafts, db.settings], async () => {
      let skipped = 0;
      if (settings && sealedSettings) {
        const now = await db.settings.get('app');
        // Changed meanwhile (a criterion added): sealed next round; already sealed by that change: done.
        if (now && !isSealedSettings(now)) {
          if (JSON.stringify(now.idealCriteria) === JSON.stringify(settings.idealCriteria)) await db.settings.put({ ...now, idealCriteria: null, sealed: sealedSettings.sealed });
          else skipped++;
        }
      }
      skipped += await putIfUnchanged<StoredEntry>(db.entries, entries, sealed[0], (a, b) => a.updatedAt === b.updatedAt);
      skipped += await putIfUnchanged<StoredClient>(db.clients, clients, sealed[1], (a, b) => a.updatedAt === b.updatedAt);
      skipped += await putIfUnchanged<StoredSignal>(db.signals, signals, sealed[2], (a, b) => JSON.stringify(a.label) === JSON.stringify(b.label));
      skipped += await putIfUnchanged<StoredDraft>(db.drafts, drafts, sealedDrafts, (a, b) => a.changedAt === b.changedAt);
      if (skipped === 0) {
        const privacy = (await db.meta.get(PRIVACY_META_KEY))?.value as PrivacyMeta;
        await db.meta.put({ key: PRIVACY_META_KEY, value: { ...privacy, state: 'on' } satisfies PrivacyMeta });
      }
      return skipped === 0;
    });
    if (done) return;
  }
}


/** Writes each new version unless the record changed since it was read (a save in between wins; sealed or not, it reads). */
async function putIfUnchanged<T extends { id: string }>(table: EntityTable<T, 'id'>, before: T[], after: T[], same: (a: T, b: T) => boolean): Promise<number> {
  let skipped = 0;
  for (let i = 0; i < before.length; i++) {
    const now = await table.get(before[i].id as never);
    if (!now) continue;
    if (!same(now, before[i]) || isSealedRecord(now as { sealed?: unknown })) {
      if (!isSealedRecord(now as { sealed?: unknown })) skipped++;
      continue;
    }
    await table.put(after[i]);
  }
  return skipped;
}

/** Writes every record back in clear (protection off), in one transaction, then forgets the key. */
export async function unsealEverything(db: HumeurDb): Promise<void> {
  const vault = vaultOf(db);
  const privacy = await readPrivacy(db);
  if (privacy && privacy.state !== 'decrypting') await db.meta.put({ key: PRIVACY_META_KEY, value: { ...privacy, state: 'decrypting' } satisfies PrivacyMeta });
  vault.mode = 'plain';
  await vault.settle();
  const drafts = await openDrafts(vault, (await db.drafts.toArray()).filter(isSealedRecord));
  await db.transaction('rw', [db.entries, db.clients, db.signals, db.meta, db.drafts, db.settings], async () => {
    const entries = await db.entries.filter(isSealedRecord).toArray();
    const settings = await db.settings.get('app');
    const clients = await db.clients.filter(isSealedRecord).toArray();
    const signals = await db.signals.filter(isSealedRecord).toArray();
    const unreadable = [...vault.damaged.values()];
    if (unreadable.length) throw new Error(`${unreadable.length} record(s) cannot be decrypted`);
    await db.entries.bulkPut(entries.map((e) => plainEntry(openEntryRecord(vault, e))));
    await db.clients.bulkPut(clients.map((c) => plainClient(openClientRecord(vault, c))));
    await db.signals.bulkPut(signals.map((s) => openSignalRecord(vault, s) as StoredSignal));
    await db.drafts.bulkPut(drafts);
    if (isSealedSettings(settings)) await db.settings.put(plainSettings(vault, settings));
    await db.meta.delete(PRIVACY_META_KEY);
  });
  vault.forget();
  vault.setStatus('off');
}

function plainEntry(opened: StoredEntry): StoredEntry {
  const { sealed: _s, ...rest } = opened;
  return { ...rest, words: searchWords(rest.text.fr, rest.text.en) };
}

function plainClient(opened: StoredClient): StoredClient {
  const { sealed: _s, ...rest } = opened;
  return { ...rest, nameKey: clientNameKey(rest.name) };
}

export type DisableError = 'wrong-secret' | 'not-protected' | 'unreadable-records' | 'write-failed';

/** Turning protection off asks for the passphrase (or recovery key) again, then writes everything in clear. */
export async function disableProtection(db: HumeurDb, secret: Secret): Promise<Result<void, DisableError>> {
  const privacy = await readPrivacy(db);
  if (!privacy) return { ok: false, error: 'not-protected' };
  if (!(await unwrapDataKey(privacy.ring, secret))) return { ok: false, error: 'wrong-secret' };
  const vault = vaultOf(db);
  if (vault.damaged.size) return { ok: false, error: 'unreadable-records' };
  try {
    await unsealEverything(db);
    return { ok: true, value: undefined };
  } catch (error) {
    console.error(error);
    // The records stayed sealed (one transaction): keep protection on and the key in hand.
    vault.mode = 'seal';
    await db.meta.put({ key: PRIVACY_META_KEY, value: { ...privacy, state: 'on' } satisfies PrivacyMeta }).catch(() => undefined);
    return { ok: false, error: 'write-failed' };
  }
}

export type ChangeError = 'wrong-secret' | PassphraseProblem | 'not-protected' | 'write-failed';

/** A new passphrase re-wraps the same data key: one small record, no record re-encrypted. */
export async function changePassphrase(
  db: HumeurDb,
  current: Secret,
  next: string,
  options: { cost?: KdfCost; beforeWrite?: () => void } = {},
): Promise<Result<void, ChangeError>> {
  const problem = checkPassphrase(next);
  if (problem) return { ok: false, error: problem };
  const privacy = await readPrivacy(db);
  if (!privacy) return { ok: false, error: 'not-protected' };
  const dataKey = await unwrapDataKey(privacy.ring, current);
  if (!dataKey) return { ok: false, error: 'wrong-secret' };
  const passphrase = await wrapDataKey(dataKey, { kind: 'passphrase', text: next }, privacy.ring.journalId, options.cost ?? DEFAULT_ARGON2ID);
  try {
    await db.transaction('rw', db.meta, async () => {
      options.beforeWrite?.();
      const latest = (await db.meta.get(PRIVACY_META_KEY))?.value as PrivacyMeta;
      await db.meta.put({ key: PRIVACY_META_KEY, value: { ...latest, ring: { ...latest.ring, passphrase } } satisfies PrivacyMeta });
    });
    return { ok: true, value: undefined };
  } catch (error) {
    console.error(error);
    return { ok: false, error: 'write-failed' };
  }
}
