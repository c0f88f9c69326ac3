/** Seeded synthetic journals with planted effects, for tests, the benchmark and demos. */
export { generateJournal } from './generateJournal';
export type { GeneratedJournal } from './generateJournal';
export { plantedEffectAt, clientIdAt } from './plan';
export type { GenerateJournalOptions, PlantedClient, PlantedMetric, PlantedTruth, TruthClient } from './plan';
export { summariseEntries } from './summariseEntries';
export { makeDay } from './makeDay';
export type { DaySketch } from './makeDay';
export { createRandom, mulberry32 } from './prng';
export type { Random } from './prng';
export { SAMPLE_CLIENT_NAMES } from './phrases';
export { generateRealisticDays, DEFAULT_REALISTIC_CLIENTS, SCENARIO_DAYS } from './realistic';
export type { RealisticClient, RealisticJournal, RealisticOptions, RealisticScenario } from './realistic';
