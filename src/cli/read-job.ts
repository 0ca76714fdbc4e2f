/**
 * What the CLI's main thread and its reader thread share: the files as they are listed, the
 * chunks of them each thread claims, and what reading one chunk comes to.
 */
import type { NoteFile, NoteStore, ReadFailure } from "../core/vault/note-store";
import { readNote } from "../core/vault/note-store";

/** Where the vault is, what the screen looks for, and the claim counter. */
export interface ReadJob {
  root: string;
  maxBytes: number;
  tag: string;
  /** One 32-bit integer shared by both threads: the first file no thread has claimed yet. */
  claimed: SharedArrayBuffer;
}

/**
 * A message to the reader: files as they are listed, in order (the first message also carries
 * the job); `end` once the listing is complete.
 */
export interface Listed {
  job?: ReadJob;
  files: NoteFile[];
  end: boolean;
}

/**
 * What one file came to: a text worth parsing, `null` for a text the screen turned away (the
 * file is a link target only), or why the file was skipped.
 */
export type ReadResult = string | ReadFailure | null;

/** A chunk read: the results of files `start`, `start + 1`, … in order. */
export interface ReadBatch {
  start: number;
  results: ReadResult[];
}

/** Files per chunk: few enough messages that posting costs little, small enough that both threads stay busy. */
export const READ_CHUNK = 64;

/** The files of the chunk starting at `start`. */
export function chunkSize(start: number, total: number): number {
  return Math.min(READ_CHUNK, total - start);
}

/**
 * Claims the next chunk for the calling thread, if it lies within the first `available` files
 * (those the thread knows of): its first file, or -1.
 */
export function claimChunk(claimed: Int32Array, available: number): number {
  for (;;) {
    const start = Atomics.load(claimed, 0);
    if (start >= available) return -1;
    if (Atomics.compareExchange(claimed, 0, start, start + READ_CHUNK) === start) return start;
  }
}

/** Reads the chunk starting at `start`, each text screened for the tag. */
export async function readChunk(store: NoteStore, files: readonly NoteFile[], start: number, maxBytes: number, mayCarryTag: (text: string) => boolean): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (let i = start; i < start + chunkSize(start, files.length); i++) {
    const result = await readNote(store, files[i], maxBytes);
    results.push(typeof result === "string" && !mayCarryTag(result) ? null : result);
  }
  return results;
}
