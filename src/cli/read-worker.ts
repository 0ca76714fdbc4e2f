/**
 * Entry of the CLI's reader thread (built as `dist/read-worker.js`): claims chunks of the files
 * it is sent, reads and screens them, and posts back what each came to. Only the texts worth
 * parsing cross to the main thread. It stays up until the main thread stops it.
 */
import { parentPort } from "node:worker_threads";
import { tagScreen } from "../core/note/tag-screen";
import { FolderNoteStore } from "./folder-store";
import { claimChunk, readChunk, type ReadBatch, type ReadJob } from "./read-job";

parentPort?.on("message", (job: ReadJob) => {
  void readClaimed(job, (batch) => parentPort?.postMessage(batch));
});

async function readClaimed(job: ReadJob, post: (batch: ReadBatch) => void): Promise<void> {
  const store = new FolderNoteStore(job.root);
  const mayCarryTag = tagScreen(job.tag);
  const claimed = new Int32Array(job.claimed);
  for (let start = claimChunk(claimed, job.files.length); start >= 0; start = claimChunk(claimed, job.files.length)) {
    post({ start, results: await readChunk(store, job.files, start, job.maxBytes, mayCarryTag) });
  }
}
