import { Inflate } from 'fflate';
import type { Result } from '../domain/types';
import type { ImportError } from './types';

/**
 * A ZIP archive read from its central directory, without loading the archive: a Day One export
 * of 1 GB of photos holds a journal JSON of a few KB, and only that is read and inflated.
 * The reader is defensive, since a ZIP can be built to hurt (a "ZIP bomb"): the number of
 * entries and the total of what is inflated are budgeted, an entry whose data overlaps another's
 * is refused (100 entries pointing at one deflate stream), and inflating stops as soon as an
 * entry gives more than it declared.
 */

/** Random access to the archive's bytes: a Blob's slices in the browser, a file handle in Node. */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export interface ZipLimits {
  /** Most entries the central directory may list (a Day One export has one per photo). */
  maxEntries: number;
  /** Most bytes all the wanted entries may inflate to, together. */
  maxTotalBytes: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 16 * 1024;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;

type ZipResult<T> = Result<T, ImportError>;
const bad = (detail: string): { ok: false; error: ImportError } => ({ ok: false, error: { code: 'badZip', detail } });
const bomb = (detail: string): { ok: false; error: ImportError } => ({ ok: false, error: { code: 'zipBomb', detail } });

/** The end-of-central-directory record: in the last 64 KB + 22 bytes (it may end with a comment). */
async function findDirectory(source: ByteSource): Promise<ZipResult<{ count: number; offset: number; size: number }>> {
  const tailLength = Math.min(source.size, 0xffff + 22);
  const tail = await source.read(source.size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return bad('No end of central directory: not a ZIP, or cut short.');
  let count = u16(tail, at + 10);
  let size = u32(tail, at + 12);
  let offset = u32(tail, at + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    // ZIP64: the real figures are in the ZIP64 record that the locator (just before) points at.
    const locatorAt = source.size - tailLength + at - 20;
    if (locatorAt < 0) return bad('ZIP64 locator missing.');
    const locator = await source.read(locatorAt, 20);
    if (u32(locator, 0) !== EOCD64_LOCATOR) return bad('ZIP64 locator missing.');
    const record = await source.read(u64(locator, 8), 56);
    if (u32(record, 0) !== EOCD64) return bad('ZIP64 end record missing.');
    count = u64(record, 32);
    size = u64(record, 40);
    offset = u64(record, 48);
  }
  if (offset + size > source.size) return bad('The central directory lies beyond the end of the file.');
  return { ok: true, value: { count, offset, size } };
}

/** Sizes and offset a ZIP64 extra field (id 1) replaces, in the order the spec lists them. */
function applyZip64(extra: Uint8Array, entry: ZipEntry): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = u16(extra, i);
    const length = u16(extra, i + 2);
    if (id === 1) {
      let j = i + 4;
      if (entry.size === 0xffffffff) {
        entry.size = u64(extra, j);
        j += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(extra, j);
        j += 8;
      }
      if (entry.offset === 0xffffffff) entry.offset = u64(extra, j);
      return;
    }
    i += 4 + length;
  }
}

/** Every entry the central directory lists, checked against the budget and against overlaps. */
export async function listZipEntries(source: ByteSource, limits: ZipLimits): Promise<ZipResult<ZipEntry[]>> {
  const found = await findDirectory(source);
  if (!found.ok) return found;
  const { count, offset, size } = found.value;
  if (count > limits.maxEntries) return bomb(`The archive lists ${count} entries (at most ${limits.maxEntries}).`);
  const directory = await source.read(offset, size);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let i = 0, n = 0; n < count; n++) {
    if (i + 46 > directory.length || u32(directory, i) !== CENTRAL) return bad(`Central directory record ${n + 1} is damaged.`);
    const nameLength = u16(directory, i + 28);
    const extraLength = u16(directory, i + 30);
    const commentLength = u16(directory, i + 32);
    const entry: ZipEntry = {
      name: decoder.decode(directory.subarray(i + 46, i + 46 + nameLength)),
      method: u16(directory, i + 10),
      compressedSize: u32(directory, i + 20),
      size: u32(directory, i + 24),
      offset: u32(directory, i + 42),
    };
    applyZip64(directory.subarray(i + 46 + nameLength, i + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    i += 46 + nameLength + extraLength + commentLength;
  }
  // Each entry's local header + data must end before the next one starts: shared data is a bomb.
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  for (let k = 0; k < byOffset.length; k++) {
    const e = byOffset[k];
    const end = e.offset + 30 + e.compressedSize;
    const next = k + 1 < byOffset.length ? byOffset[k + 1].offset : offset;
    if (end > next) return bomb(`Entry "${e.name}" overlaps the data of another entry.`);
  }
  return { ok: true, value: entries };
}

/** The bytes of one entry, inflating at most `size` bytes (what it declared), or an error. */
export async function readZipEntry(source: ByteSource, entry: ZipEntry): Promise<ZipResult<Uint8Array>> {
  const header = await source.read(entry.offset, 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL) return bad(`Local header of "${entry.name}" is damaged.`);
  const start = entry.offset + 30 + u16(header, 26) + u16(header, 28);
  if (start + entry.compressedSize > source.size) return bad(`"${entry.name}" is cut short.`);
  const data = await source.read(start, entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return bad(`"${entry.name}" declares two sizes.`);
    return { ok: true, value: data };
  }
  if (entry.method !== 8) return bad(`"${entry.name}" uses compression method ${entry.method}.`);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let overflow = false;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > out.length) overflow = true;
    else out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let i = 0; i < data.length && !overflow; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  } catch (e) {
    return bad(`"${entry.name}": ${e instanceof Error ? e.message : String(e)}`);
  }
  if (overflow) return bomb(`"${entry.name}" inflates to more than the ${entry.size} bytes it declares.`);
  if (written !== entry.size) return bad(`"${entry.name}" inflates to ${written} bytes, not ${entry.size}.`);
  return { ok: true, value: out };
}

/**
 * The wanted entries' bytes, by name, in archive order. Their declared sizes are budgeted
 * together before anything is inflated, and each is held to its declared size while inflating.
 */
export async function readZipFiles(
  source: ByteSource,
  wanted: (name: string) => boolean,
  limits: ZipLimits,
): Promise<ZipResult<{ files: [string, Uint8Array][]; entries: ZipEntry[] }>> {
  const listed = await listZipEntries(source, limits);
  if (!listed.ok) return listed;
  const chosen = listed.value.filter((e) => wanted(e.name));
  const total = chosen.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxTotalBytes) return { ok: false, error: { code: 'tooLarge', value: String(total), detail: `The journals inside the ZIP hold ${total} bytes.` } };
  const files: [string, Uint8Array][] = [];
  for (const entry of chosen) {
    const read = await readZipEntry(source, entry);
    if (!read.ok) return read;
    files.push([entry.name, read.value]);
  }
  return { ok: true, value: { files, entries: listed.value } };
}
