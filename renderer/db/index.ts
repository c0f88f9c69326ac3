export { openHumeurDb, DB_NAME, entryIndexFields, type HumeurDb, type StoredEntry, type StoredClient } from './schema';
export * from './entries';
export * from './clients';
export * from './signals';
export * from './settings';
export * from './days';
export { newId } from './ids';
