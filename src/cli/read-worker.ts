/**
 * Entry of the CLI's reader thread (built as `dist/read-worker.js`). It is sent the files as the
 * main thread lists them, claims chunks of those it has, reads and screens them, and posts back
 * what each came to. Only the texts worth parsing cross to the main thread. It stays up until
 * the main thread stops it.
 */
import { parentPort } from "node:worker_threads";
import { tagScreen } from "../core/note/tag-screen";
import type { NoteFile } from "../core/vault/note-store";
import { FolderNoteStore } from "./folder-store";
import { claimChunk, READ_CHUNK, readChunk, type Listed, type ReadBatch, type ReadJob } from "./read-job";

const files: NoteFile[] = [];
let listed = false;
let reading: { job: ReadJob; store: FolderNoteStore; mayCarryTag: (text: string) => boolean; claimed: Int32Array } | null = null;
let busy = false;

parentPort?.on("message", (message: Listed) => {
  if (message.job) {
    const { job } = message;
    reading = { job, store: new FolderNoteStore(job.root), mayCarryTag: tagScreen(job.tag), claimed: new Int32Array(job.claimed) };
  }
  for (const file of message.files) files.push(file);
  listed = message.end;
  if (!busy) void readClaimed((batch) => parentPort?.postMessage(batch));
});

/** Reads chunks while there are any to claim; a chunk is whole once the listing reaches its end. */
async function readClaimed(post: (batch: ReadBatch) => void): Promise<void> {
  if (!reading) return;
  const { job, store, mayCarryTag, claimed } = reading;
  busy = true;
  const available = () => (listed ? files.length : files.length - (files.length % READ_CHUNK));
  for (let start = claimChunk(claimed, available()); start >= 0; start = claimChunk(claimed, available())) {
    post({ start, results: await readChunk(store, files, start, job.maxBytes, mayCarryTag) });
  }
  busy = false;
}
