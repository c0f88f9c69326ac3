/** The importers of other journals' exports: parse → preview → mapping → plan (see each module). */
export { parseDaylioCsv } from './daylio';
export { parseDayOne } from './dayone';
export { parseJrnlJson } from './jrnl';
export { parseMiniDiaryJson } from './miniDiary';
export { detectFormat, parseImportFile } from './detect';
export { MAX_IMPORT_BYTES } from './input';
export { daylioMappingDefaults, defaultImportMapping, defaultMoodLevel, tagSummaries, type MoodSummary, type TagSummary } from './mapping';
export { mappingKey } from './text';
export { buildImportPlan, sourceKey } from './plan';
export { importErrorMessageKey } from './errorMessages';
export type * from './types';
