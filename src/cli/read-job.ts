/**
 * What the CLI's main thread and its reader thread share: the job, the chunks of files they
 * claim in turn, and what reading one chunk comes to.
 */
import type { NoteFile, NoteStore, ReadFailure } from "../core/vault/note-store";
import { readNote } from "../core/vault/note-store";

/** The files to read (as listed, in order), where, what the screen looks for, and the claim counter. */
export interface ReadJob {
  root: string;
  files: NoteFile[];
  maxBytes: number;
  tag: string;
  /** One 32-bit integer shared by both threads: the first file no thread has claimed yet. */
  claimed: SharedArrayBuffer;
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

/** Claims the next chunk for the calling thread: its first file, or -1 when every chunk is claimed. */
export function claimChunk(claimed: Int32Array, total: number): number {
  const start = Atomics.add(claimed, 0, READ_CHUNK);
  return start < total ? start : -1;
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
