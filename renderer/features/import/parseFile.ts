import { blobSource, parseImportSourceAs, type ChosenFormat, type ParseOutcome } from './parseImportBytes';

export type ParsePhase = 'reading' | 'parsing';
export interface WorkerRequest {
  file: File;
  format: ChosenFormat;
}
export type WorkerReply = { type: 'phase'; phase: ParsePhase } | { type: 'done'; outcome: ParseOutcome };

/** The same work as the worker, on the main thread: jsdom (tests) has no Worker, and a worker that cannot start must not block an import. */
export async function parseInProcess(file: File, format: ChosenFormat, onPhase: (phase: ParsePhase) => void = () => {}): Promise<ParseOutcome> {
  onPhase('reading');
  const source = blobSource(file);
  onPhase('parsing');
  return parseImportSourceAs(file.name, source, format);
}

function parseInWorker(file: File, format: ChosenFormat, onPhase: (phase: ParsePhase) => void): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    // Vite bundles the worker from this exact expression.
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === 'phase') onPhase(event.data.phase);
      else {
        worker.terminate();
        resolve(event.data.outcome);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The import worker failed'));
    };
    worker.postMessage({ file, format } satisfies WorkerRequest);
  });
}

/**
 * Reads and parses a chosen file, in a Web Worker where there is one. A file over the size
 * limit is refused from its size before it is read, unless it is a ZIP (only its journals are
 * read, and they are what the limit applies to). If the worker cannot start (or dies), the file
 * is parsed in-process instead: the result is the same, only the window may pause.
 */
export async function parseFile(file: File, format: ChosenFormat, onPhase: (phase: ParsePhase) => void = () => {}): Promise<ParseOutcome> {
  if (typeof Worker === 'undefined') return parseInProcess(file, format, onPhase);
  try {
    return await parseInWorker(file, format, onPhase);
  } catch (error) {
    console.warn('[humeur] import worker unavailable, parsing on the main thread', error);
    return parseInProcess(file, format, onPhase);
  }
}
