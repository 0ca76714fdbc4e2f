/**
 * The CLI's promotion journal (core/promote/journal.ts): `.incubator/promotion-journal.json` in
 * the vault, a hidden folder the listing skips. It is written (temporary file, then rename)
 * before a promotion's first change and removed after its last; the next run that may write
 * finishes what an interrupted one left, before it reads the vault.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describeFinished, finishPromotion, journalOf, parseJournal } from "../core/promote/journal";
import type { PromotionPlan } from "../core/promote/planner";
import type { CliIO } from "./context";
import { removeStaleTemps, tempPathFor } from "./file-safety";
import type { FolderNoteStore } from "./folder-store";

const JOURNAL = path.join(".incubator", "promotion-journal.json");

export async function writeJournal(store: FolderNoteStore, plan: PromotionPlan): Promise<void> {
  const file = path.join(store.root, JOURNAL);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  await fs.writeFile(temp, JSON.stringify(journalOf(plan)));
  await fs.rename(temp, file);
}

export async function removeJournal(store: FolderNoteStore): Promise<void> {
  await fs.rm(path.join(store.root, JOURNAL), { force: true });
}

/**
 * Finishes a promotion an earlier run did not (it was killed, or the machine stopped), and says
 * what it did on stderr. A journal that cannot be read is left where it is, and said so.
 */
export async function finishInterrupted(store: FolderNoteStore, io: CliIO): Promise<void> {
  // Temporary journals of runs killed while writing one: that journal never took effect.
  await removeStaleTemps(path.join(store.root, path.dirname(JOURNAL)));
  let text: string;
  try {
    text = await fs.readFile(path.join(store.root, JOURNAL), "utf8");
  } catch {
    return;
  }
  const journal = parseJournal(text);
  if (!journal) {
    io.stderr(`incubator: ${JOURNAL.split(path.sep).join("/")} is not a promotion journal this version reads; it was left as it is\n`);
    return;
  }
  for (const line of describeFinished(await finishPromotion(store, journal))) io.stderr(`incubator: ${line}\n`);
  await removeJournal(store);
}
