/** What the CLI's main thread and its reader thread send each other. */
import type { NoteFile, ReadFailure } from "../core/vault/note-store";

/** The files to read (as listed, in order), where, and what the screen looks for. */
export interface ReadJob {
  root: string;
  files: NoteFile[];
  maxBytes: number;
  tag: string;
}

/**
 * What reading files `start`, `start + 1`, … came to: a text worth parsing, `null` for a text
 * the screen turned away, or why the file was skipped. The last batch may be short or empty.
 */
export interface ReadBatch {
  start: number;
  results: (string | ReadFailure | null)[];
}

/** Files per batch: few enough messages that posting costs little, soon enough that parsing starts early. */
export const READ_BATCH = 256;
