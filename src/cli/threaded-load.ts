/**
 * Loading a large vault on two threads: a reader thread reads and screens the files while this
 * thread parses the notes that may carry the tag, so that parsing adds little to the reading.
 * The index is filled in the order the files were listed, as `loadFiles` fills it; if the reader
 * fails, this thread reads the files it had not sent.
 */
import { Worker } from "node:worker_threads";
import { addRead, loadFiles, type LoadProgress, type LoadTarget, type NoteFile, type SkippedFile } from "../core/vault/note-store";
import type { FolderNoteStore } from "./folder-store";
import type { ReadBatch, ReadJob } from "./read-job";

export interface ReaderOptions {
  maxBytes: number;
  tag: string;
  onProgress?: LoadProgress;
}

/**
 * A reader thread, started from its script (`dist/read-worker.js`) before the vault is listed so
 * that it is up by the time the files are known; `stop` it when it is not needed.
 */
export class ReaderThread {
  private readonly worker: Worker;
  private readonly batches: { next: () => Promise<ReadBatch> };

  constructor(script: string) {
    this.worker = new Worker(script);
    // Never what keeps the process alive: it is stopped after loading, or when not used.
    this.worker.unref();
    this.batches = batchesOf(this.worker);
  }

  stop(): void {
    void this.worker.terminate();
  }

  /** Loads `files` into `index` as `loadFiles` does, then stops the thread; returns the files skipped. */
  async load(store: FolderNoteStore, files: readonly NoteFile[], index: LoadTarget, options: ReaderOptions): Promise<SkippedFile[]> {
    const skipped: SkippedFile[] = [];
    let next = 0;
    try {
      const job: ReadJob = { root: store.root, files: [...files], maxBytes: options.maxBytes, tag: options.tag };
      this.worker.postMessage(job);
      while (next < files.length) {
        const batch = await this.batches.next();
        if (batch.start !== next || batch.results.length === 0) throw new Error("the reader thread sent files out of order");
        for (const result of batch.results) addRead(index, files[next++], result, skipped);
        await options.onProgress?.(next, files.length);
      }
    } catch {
      // The reader could not start or stopped: the files it had not sent are read here.
      await loadFiles(store, files, index, { maxBytes: options.maxBytes, skipped, from: next, onProgress: options.onProgress });
    } finally {
      this.stop();
    }
    return skipped;
  }
}

/** The worker's batches, in order; `next` rejects once it failed or ended. */
function batchesOf(worker: Worker): { next: () => Promise<ReadBatch> } {
  const queue: ReadBatch[] = [];
  let failure: Error | null = null;
  let waiting: { resolve: (b: ReadBatch) => void; reject: (e: Error) => void } | null = null;
  const settle = () => {
    if (!waiting) return;
    const w = waiting;
    if (queue.length > 0) {
      waiting = null;
      w.resolve(queue.shift() as ReadBatch);
    } else if (failure) {
      waiting = null;
      w.reject(failure);
    }
  };
  worker.on("message", (batch: ReadBatch) => {
    queue.push(batch);
    settle();
  });
  const fail = (error: Error) => {
    failure ??= error;
    settle();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the reader thread ended (exit code ${code})`)));
  return {
    next: () =>
      new Promise<ReadBatch>((resolve, reject) => {
        waiting = { resolve, reject };
        settle();
      }),
  };
}
