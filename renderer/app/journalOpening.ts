/**
 * The journal's database, opening from the moment this module is evaluated. main.tsx imports it
 * before anything else, so IndexedDB opens while React DOM and the screens are still being
 * evaluated (the longest part of a cold start) rather than after them.
 */
import { openHumeurDb } from '../db/schema';

export const journal = openHumeurDb();

/** Settles when the journal is open; main.tsx reports a failure on screen. */
export const journalOpened: Promise<unknown> = journal.open();
// Looked at by main.tsx once the app's code is in: not an unhandled rejection meanwhile.
journalOpened.catch(() => undefined);
