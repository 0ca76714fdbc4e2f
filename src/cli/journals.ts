/**
 * The CLI's journals, in `.incubator/` in the vault (a hidden folder the listing skips): a
 * promotion's plan (core/promote/journal.ts) and a quiz run's targets (core/quiz/quiz-run-journal.ts).
 * Each is written (temporary file, then rename) before the first change of its run and removed
 * after the last; the next run that may write finishes what an interrupted one left, and says so
 * on stderr. A journal that cannot be read is left where it is, and said so.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describeFinished, finishPromotion, parseJournal } from "../core/promote/journal";
import { describeQuizRunFinished, parseQuizRun, targetsOf } from "../core/quiz/quiz-run-journal";
import { writeQuizzes } from "../core/quiz/quiz-service";
import type { IndexSnapshot } from "../core/vault/vault-index";
import type { CliIO } from "./context";
import { removeStaleTemps, tempPathFor } from "./file-safety";
import type { FolderNoteStore } from "./folder-store";

const FOLDER = ".incubator";

export class VaultJournal {
  private readonly file: string;

  constructor(
    store: FolderNoteStore,
    readonly name: "promotion-journal.json" | "quiz-run.json",
  ) {
    this.file = path.join(store.root, FOLDER, name);
  }

  /** The journal's vault path, for messages. */
  get shown(): string {
    return `${FOLDER}/${this.name}`;
  }

  async write(journal: unknown): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temp = tempPathFor(this.file);
    await fs.writeFile(temp, JSON.stringify(journal));
    await fs.rename(temp, this.file);
  }

  async read(): Promise<string | null> {
    try {
      return await fs.readFile(this.file, "utf8");
    } catch {
      return null;
    }
  }

  async remove(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}

const unreadable = (journal: VaultJournal, what: string) => `incubator: ${journal.shown} is not ${what} this version reads; it was left as it is\n`;

/** Finishes a promotion an earlier run did not (it was killed, or the machine stopped), before the vault is read. */
export async function finishInterruptedPromotion(store: FolderNoteStore, io: CliIO): Promise<void> {
  // Temporary journals of runs killed while writing one: that journal never took effect.
  await removeStaleTemps(path.join(store.root, FOLDER));
  const file = new VaultJournal(store, "promotion-journal.json");
  const text = await file.read();
  if (text === null) return;
  const journal = parseJournal(text);
  if (!journal) return void io.stderr(unreadable(file, "a promotion journal"));
  for (const line of describeFinished(await finishPromotion(store, journal))) io.stderr(`incubator: ${line}\n`);
  await file.remove();
}

/** Finishes a quiz run an earlier run did not, from the vault as read now. */
export async function finishInterruptedQuizRun(store: FolderNoteStore, snapshot: IndexSnapshot, io: CliIO): Promise<void> {
  const file = new VaultJournal(store, "quiz-run.json");
  const text = await file.read();
  if (text === null) return;
  const journal = parseQuizRun(text);
  if (!journal) return void io.stderr(unreadable(file, "a quiz run journal"));
  try {
    const outcomes = await writeQuizzes(store, targetsOf(journal, snapshot), snapshot, journal.settings);
    for (const line of describeQuizRunFinished(outcomes, journal.targets.length)) io.stderr(`incubator: ${line}\n`);
  } catch (error) {
    // Said once, not at every later run: the quiz notes themselves are each whole.
    io.stderr(`incubator: could not finish a quiz run that was interrupted: ${(error as Error).message.split("\n")[0]} (run quiz again)\n`);
  }
  await file.remove();
}
