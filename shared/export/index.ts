/** The export writers, for the Export screen and the automatic backups. */
export { selectEntries, entrySignals, type ExportSelection } from './select';
export { toMarkdown, toMarkdownPerClient, type MarkdownFile, type MarkdownOptions } from './markdown';
export { toCsv, type CsvFormat, type CsvInput, type CsvOptions } from './csv';
export { createBackup, serialiseBackup, BACKUP_FORMAT, BACKUP_VERSION, type BackupContent, type HumeurBackup } from './backup';
export {
  buildReportModel,
  escapeHtml,
  frenchTypography,
  type ReportClient,
  type ReportDay,
  type ReportEntry,
  type ReportModel,
  type ReportText,
} from './report';
export { exportFileName, periodSlug, slugify, uniqueFileNames, type ExportKind } from './fileNames';
export { escapeMarkdownBlock, escapeMarkdownInline } from './markdownEscape';
export { compareEntries, sortEntries, type ExportInput, type ExportPeriod, type TextLanguages } from './model';
