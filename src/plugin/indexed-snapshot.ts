/**
 * What a command works from: the complete index. While a scan is under way (the first one after
 * start, or one after a settings change) the command says so and waits, so that nothing is written
 * from a partial index (a quiz or overview missing notes not read yet).
 */
import { Notice } from "obsidian";
import type { IndexSnapshot } from "../core/vault/vault-index";
import type { IndexSync } from "./index-sync";

export async function indexedSnapshot(sync: IndexSync): Promise<IndexSnapshot> {
  const progress = sync.progress();
  if (progress) {
    const notice = new Notice(`Incubator: indexing… ${progress.done} of ${progress.total} notes; the command runs when it is done.`, 0);
    try {
      await sync.whenReady();
    } finally {
      notice.hide();
    }
  }
  return sync.index.snapshot();
}
