/**
 * Loading a large vault on two threads. Once the listing reaches `minFiles` notes, a reader
 * thread is started and sent the files as they are found; both threads claim chunks of them
 * from one shared counter and read and screen them. This thread lists, and parses the notes that
 * may carry the tag, in the order the files were listed, reading a chunk itself only when it
 * would otherwise wait: the index is filled as `loadFiles` fills it. If the reader fails or
 * misbehaves, this thread reads whatever it is still missing.
 */
import { setImmediate } from "node:timers";
import { Worker } from "node:worker_threads";
import { tagScreen } from "../core/note/tag-screen";
import { addRead, loadFiles, type LoadProgress, type LoadTarget, type NoteFile, type SkippedFile } from "../core/vault/note-store";
import type { FolderNoteStore } from "./folder-store";
import { chunkSize, claimChunk, READ_CHUNK, readChunk, type Listed, type ReadBatch, type ReadResult } from "./read-job";

export interface ThreadedLoadOptions {
  /** Starts the reader thread: `new ReaderThread(script)` with `dist/read-worker.js`. */
  startReader: () => ReaderThread;
  /** How many notes the listing must reach before a reader thread is worth starting. */
  minFiles: number;
  maxBytes: number;
  tag: string;
  onProgress?: LoadProgress;
}

/** Lets the event loop deliver the reader's messages between two chunks read here. */
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Lists `store` and loads every note into `index`; returns the files listed and those skipped. */
export async function loadOnTwoThreads(store: FolderNoteStore, index: LoadTarget, options: ThreadedLoadOptions): Promise<{ count: number; skipped: SkippedFile[] }> {
  const files: NoteFile[] = [];
  let reader: ReaderThread | null = null;
  for (const file of store.notes()) {
    files.push(file);
    if (files.length % READ_CHUNK !== 0) continue;
    if (reader) reader.send({ files: files.slice(-READ_CHUNK), end: false });
    else if (files.length >= options.minFiles) {
      reader = options.startReader();
      reader.send({ job: { root: store.root, maxBytes: options.maxBytes, tag: options.tag, claimed: reader.claimed.buffer }, files: files.slice(), end: false });
    }
  }
  if (!reader) {
    const skipped: SkippedFile[] = [];
    await loadFiles(store, files, index, { maxBytes: options.maxBytes, skipped, onProgress: options.onProgress });
    return { count: files.length, skipped };
  }
  reader.send({ files: files.slice(files.length - (files.length % READ_CHUNK)), end: true });
  return { count: files.length, skipped: await reader.load(store, files, index, options) };
}

/** The reader thread, and the batches it has sent. */
export class ReaderThread {
  /** The claim counter both threads share (`claimChunk`), sent to the reader with the job. */
  readonly claimed = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;
  /** Batches from the reader not yet taken, and a wake-up for a loop waiting for one. */
  private readonly inbox: ReadBatch[] = [];
  private failed = false;
  private wake: (() => void) | null = null;

  /** Starts the thread; it waits for the first files (`send`), and is stopped by `load`. */
  constructor(script: string) {
    this.worker = new Worker(script);
    // Never what keeps the process alive: it is stopped once loading is done.
    this.worker.unref();
    this.worker.on("message", (batch: ReadBatch) => this.arrive(() => this.inbox.push(batch)));
    this.worker.on("error", () => this.arrive(() => (this.failed = true)));
    this.worker.on("exit", () => this.arrive(() => (this.failed = true)));
  }

  send(message: Listed): void {
    this.worker.postMessage(message);
  }

  /**
   * Adds every listed file to `index` in order, reading chunks here when none is ready, then
   * stops the thread; returns the files skipped.
   */
  async load(store: FolderNoteStore, files: readonly NoteFile[], index: LoadTarget, options: ThreadedLoadOptions): Promise<SkippedFile[]> {
    const skipped: SkippedFile[] = [];
    const mayCarryTag = tagScreen(options.tag);
    /** Chunks read and not yet added, by first file. */
    const ready = new Map<number, ReadResult[]>();
    let next = 0;
    try {
      while (next < files.length) {
        this.takeInbox(ready, next, files.length);
        const chunk = ready.get(next);
        if (chunk) {
          ready.delete(next);
          for (const result of chunk) addRead(index, files[next++], result, skipped);
          await options.onProgress?.(next, files.length);
          continue;
        }
        // Nothing to add yet: read a chunk here rather than wait. Once the reader has failed,
        // that is the chunk this loop needs, whoever claimed it.
        const start = this.failed ? next : claimChunk(this.claimed, files.length);
        if (start >= 0) {
          ready.set(start, await readChunk(store, files, start, options.maxBytes, mayCarryTag));
          await yieldToMessages();
        } else await this.nextArrival();
      }
    } finally {
      void this.worker.terminate();
    }
    return skipped;
  }

  /**
   * Moves the reader's batches into `ready` (those it sent before failing too). A batch that is
   * not a chunk still missing (a wrong start or size, or one read already) is dropped, and the
   * reader, which cannot be trusted to send the rest, counts as failed.
   */
  private takeInbox(ready: Map<number, ReadResult[]>, next: number, total: number): void {
    for (const { start, results } of this.inbox.splice(0)) {
      const fits = Number.isInteger(start) && start >= next && start < total && start % READ_CHUNK === 0 && Array.isArray(results) && results.length === chunkSize(start, total);
      if (fits && !ready.has(start)) ready.set(start, results);
      else this.failed = true;
    }
  }

  private arrive(update: () => void): void {
    update();
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Resolves on the reader's next message, error or exit. */
  private nextArrival(): Promise<void> {
    if (this.inbox.length > 0 || this.failed) return Promise.resolve();
    return new Promise((resolve) => (this.wake = resolve));
  }
}
