/**
 * Entry of the CLI's reader thread (built as `dist/read-worker.js`): reads the files it is sent,
 * in order, and posts back in batches what each came to. A text that cannot carry the tag is
 * sent as `null`, so that only the notes worth parsing cross to the main thread.
 */
import { parentPort } from "node:worker_threads";
import { tagScreen } from "../core/note/tag-screen";
import { readNote } from "../core/vault/note-store";
import { FolderNoteStore } from "./folder-store";
import { READ_BATCH, type ReadBatch, type ReadJob } from "./read-job";

parentPort?.once("message", (job: ReadJob) => {
  void readAll(job, (batch) => parentPort?.postMessage(batch));
});

async function readAll(job: ReadJob, post: (batch: ReadBatch) => void): Promise<void> {
  const store = new FolderNoteStore(job.root);
  const mayCarryTag = tagScreen(job.tag);
  let batch: ReadBatch = { start: 0, results: [] };
  for (let i = 0; i < job.files.length; i++) {
    const result = await readNote(store, job.files[i], job.maxBytes);
    batch.results.push(typeof result === "string" && !mayCarryTag(result) ? null : result);
    if (batch.results.length === READ_BATCH) {
      post(batch);
      batch = { start: i + 1, results: [] };
    }
  }
  post(batch);
}
