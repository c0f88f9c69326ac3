/**
 * Reads and parses an import file off the main thread, so a ten-year Daylio export does not
 * freeze the window. Messages: in { file, format }; out { type: 'phase' } while working, then
 * { type: 'done', outcome }. The file is read by slices (a Day One ZIP's photos never are).
 */
import { blobSource, parseImportSourceAs } from './parseImportBytes';
import type { WorkerReply, WorkerRequest } from './parseFile';

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = async (event) => {
  const { file, format } = event.data;
  scope.postMessage({ type: 'phase', phase: 'reading' });
  const source = blobSource(file);
  scope.postMessage({ type: 'phase', phase: 'parsing' });
  scope.postMessage({ type: 'done', outcome: await parseImportSourceAs(file.name, source, format) });
};
