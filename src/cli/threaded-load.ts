/**
 * Loading a large vault on two threads. Both threads claim chunks of the listed files from one
 * shared counter and read and screen them; this thread also parses the notes that may carry the
 * tag, and reads a chunk itself only when it would otherwise wait. The index is filled in the
 * order the files were listed, as `loadFiles` fills it. If the reader fails or misbehaves, this
 * thread reads whatever it is still missing.
 */
import { setImmediate } from "node:timers";
import { Worker } from "node:worker_threads";
import { tagScreen } from "../core/note/tag-screen";
import { addRead, type LoadProgress, type LoadTarget, type NoteFile, type SkippedFile } from "../core/vault/note-store";
import type { FolderNoteStore } from "./folder-store";
import { chunkSize, claimChunk, READ_CHUNK, readChunk, type ReadBatch, type ReadJob, type ReadResult } from "./read-job";

export interface ReaderOptions {
  maxBytes: number;
  tag: string;
  onProgress?: LoadProgress;
}

/** Lets the event loop deliver the reader's messages between two chunks read here. */
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A reader thread, started from its script (`dist/read-worker.js`). It joins in as soon as it
 * is up: this thread does not wait for it. `stop` it if it is not used.
 */
export class ReaderThread {
  private readonly worker: Worker;
  /** Batches from the reader not yet taken, and a wake-up for a loop waiting for one. */
  private readonly inbox: ReadBatch[] = [];
  private failed = false;
  private wake: (() => void) | null = null;

  constructor(script: string) {
    this.worker = new Worker(script);
    // Never what keeps the process alive: it is stopped after loading, or when not used.
    this.worker.unref();
    this.worker.on("message", (batch: ReadBatch) => this.arrive(() => this.inbox.push(batch)));
    this.worker.on("error", () => this.arrive(() => (this.failed = true)));
    this.worker.on("exit", () => this.arrive(() => (this.failed = true)));
  }

  stop(): void {
    void this.worker.terminate();
  }

  /** Loads `files` into `index` as `loadFiles` does, then stops the thread; returns the files skipped. */
  async load(store: FolderNoteStore, files: readonly NoteFile[], index: LoadTarget, options: ReaderOptions): Promise<SkippedFile[]> {
    const skipped: SkippedFile[] = [];
    const claimed = new Int32Array(new SharedArrayBuffer(4));
    const mayCarryTag = tagScreen(options.tag);
    /** Chunks read and not yet added, by first file. */
    const ready = new Map<number, ReadResult[]>();
    let next = 0;
    const job: ReadJob = { root: store.root, files: [...files], maxBytes: options.maxBytes, tag: options.tag, claimed: claimed.buffer };
    this.worker.postMessage(job);
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
        const start = this.failed ? next : claimChunk(claimed, files.length);
        if (start >= 0) {
          ready.set(start, await readChunk(store, files, start, options.maxBytes, mayCarryTag));
          await yieldToMessages();
        } else await this.nextArrival();
      }
    } finally {
      this.stop();
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
