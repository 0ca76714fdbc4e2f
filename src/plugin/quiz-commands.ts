/** The quiz and overview commands, and what the panel's quiz buttons call. */
import { Notice, type App, type PluginManifest } from "obsidian";
import { describeQuizRunFinished, parseQuizRun, quizRunOf, targetsOf, type QuizRunJournal } from "../core/quiz/quiz-run-journal";
import { JournalFile } from "./journal-file";
import { describeOutcome, writeOverview, writeQuizzes, type WriteOutcome } from "../core/quiz/quiz-service";
import { groupTarget, noteTarget, QuizIndex, type QuizTarget } from "../core/quiz/quiz-note";
import type { IndexSnapshot } from "../core/vault/vault-index";
import { ObsidianNoteStore } from "./obsidian-store";
import type { IncubatorSettings } from "./settings";

export interface QuizHost {
  app: App;
  manifest: PluginManifest;
  settings: IncubatorSettings;
  snapshot(): IndexSnapshot;
  /** The complete index, once a scan under way is done. */
  indexedSnapshot(): Promise<IndexSnapshot>;
}

function summarise(outcomes: WriteOutcome[]): string {
  if (outcomes.length === 1) return `Incubator: ${describeOutcome(outcomes[0])}`;
  const count = (status: WriteOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  const parts = [`${count("created")} created`, `${count("updated")} updated`, `${count("unchanged")} unchanged`];
  if (count("empty") > 0) parts.push(`${count("empty")} not created (no cards)`);
  if (count("conflict") > 0) parts.push(`${count("conflict")} skipped because they changed meanwhile`);
  if (count("foreign") > 0) parts.push(`${count("foreign")} left alone: the quiz notes of other notes`);
  return `Incubator: quiz notes ${parts.join(", ")}.`;
}

export class QuizCommands {
  constructor(private readonly host: QuizHost) {}

  private async run(targets: QuizTarget[], snapshot: IndexSnapshot): Promise<void> {
    if (targets.length === 0) {
      new Notice("Incubator: no incubator notes to make a quiz from.");
      return;
    }
    const progress = targets.length > 10 ? new Notice(`Incubator: writing ${targets.length} quiz notes…`, 0) : null;
    // Journaled first: a run Obsidian is closed in the middle of is finished at the next start.
    const journal = targets.length > 1 ? this.journal() : null;
    try {
      await journal?.write(quizRunOf(targets, this.host.settings.quiz));
      const outcomes = await writeQuizzes(new ObsidianNoteStore(this.host.app), targets, snapshot, this.host.settings.quiz, {
        onProgress: (done, total) => progress?.setMessage(`Incubator: writing quiz notes ${done}/${total}…`),
      });
      new Notice(summarise(outcomes));
    } catch (error) {
      new Notice(`Incubator: ${(error as Error).message}`);
    } finally {
      progress?.hide();
      await journal?.remove().catch(() => undefined);
    }
  }

  private journal(): JournalFile {
    return new JournalFile(this.host.app, this.host.manifest, "quiz-run.json");
  }

  /**
   * Finishes a quiz run Obsidian was closed in the middle of: its quiz notes are made again from
   * the index (call it once the index is built). Each quiz note is whole, so a run that cannot be
   * finished is not tried again: generating the quizzes again does it.
   */
  finishInterrupted(): Promise<void> {
    const finish = async (run: QuizRunJournal) => {
      const snapshot = await this.host.indexedSnapshot();
      const outcomes = await writeQuizzes(new ObsidianNoteStore(this.host.app), targetsOf(run, snapshot), snapshot, run.settings);
      return describeQuizRunFinished(outcomes, run.targets.length);
    };
    return this.journal().finish("a quiz run journal", parseQuizRun, finish, false);
  }

  /** The incubator note open in the editor, if any. */
  activeNote(): string | null {
    const path = this.host.app.workspace.getActiveFile()?.path;
    return path && this.host.snapshot().notes.some((n) => n.path === path) ? path : null;
  }

  async quizNote(path: string): Promise<void> {
    const snapshot = await this.host.indexedSnapshot();
    const note = snapshot.notes.find((n) => n.path === path);
    await this.run(note ? [noteTarget(note, snapshot, this.host.settings.quiz)] : [], snapshot);
  }

  async quizGroup(upstream: string | null): Promise<void> {
    const snapshot = await this.host.indexedSnapshot();
    const target = groupTarget(upstream, snapshot, this.host.settings.quiz);
    await this.run(target ? [target] : [], snapshot);
  }

  /** The group of the active note: its first upstream. */
  async quizActiveGroup(path: string): Promise<void> {
    const group = (await this.host.indexedSnapshot()).groups.find((g) => g.notes.includes(path));
    await this.quizGroup(group?.upstream ?? null);
  }

  async quizAll(): Promise<void> {
    const snapshot = await this.host.indexedSnapshot();
    const index = new QuizIndex(snapshot);
    await this.run(
      snapshot.notes.map((n) => noteTarget(n, snapshot, this.host.settings.quiz, index)),
      snapshot,
    );
  }

  async overview(): Promise<void> {
    try {
      const snapshot = await this.host.indexedSnapshot();
      const outcome = await writeOverview(new ObsidianNoteStore(this.host.app), this.host.settings.overviewPath, snapshot);
      new Notice(`Incubator: ${describeOutcome(outcome)}`);
    } catch (error) {
      new Notice(`Incubator: ${(error as Error).message}`);
    }
  }
}
