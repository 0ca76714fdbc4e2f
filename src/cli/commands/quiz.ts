import { ALL_CARD_KINDS, type CardKind } from "../../core/quiz/card";
import { isQuizFormatName } from "../../core/quiz/formats";
import { describeOutcome, writeOverview, writeQuizzes, type WriteOutcome } from "../../core/quiz/quiz-service";
import { DEFAULT_OVERVIEW_PATH, defaultQuizSettings, groupTarget, noteTarget, QuizIndex, type QuizSettings, type QuizTarget } from "../../core/quiz/quiz-note";
import { normaliseVaultPath } from "../../core/vault/vault-path";
import { UsageError } from "../args";
import { listedPaths, NOTHING_WRITTEN, option, type CommandContext } from "../context";
import { resolveNoteArgument } from "../note-arg";
import { Progress } from "../progress";
import { VaultJournal } from "../journals";
import { quizRunOf } from "../../core/quiz/quiz-run-journal";

function quizSettings(ctx: CommandContext): QuizSettings {
  const format = option(ctx.args, "format") ?? "spaced-repetition";
  if (!isQuizFormatName(format)) throw new UsageError(`unknown format: ${format} (spaced-repetition, anki or callout)`);
  const defaults = defaultQuizSettings();
  const kinds = option(ctx.args, "kinds")?.split(",").map((k) => k.trim()) ?? defaults.kinds;
  const unknown = kinds.filter((k) => !ALL_CARD_KINDS.includes(k as CardKind));
  if (unknown.length > 0) throw new UsageError(`unknown card kind: ${unknown.join(", ")} (kinds: ${ALL_CARD_KINDS.join(", ")})`);
  return { folder: option(ctx.args, "out") ?? defaults.folder, format, deck: option(ctx.args, "deck") ?? defaults.deck, kinds: kinds as CardKind[] };
}

async function targets(ctx: CommandContext, settings: QuizSettings, notePaths: string[]): Promise<QuizTarget[]> {
  const { snapshot, args } = ctx;
  const upstream = option(args, "upstream");
  const modes = [notePaths.length > 0, upstream !== undefined, args.options.has("all")].filter((m) => m).length;
  if (modes !== 1) throw new UsageError("name notes, or give --upstream NAME, or --all");
  const index = new QuizIndex(snapshot);
  if (args.options.has("all")) return snapshot.notes.map((n) => noteTarget(n, snapshot, settings, index));
  if (upstream !== undefined) {
    const target = groupTarget(upstream, snapshot, settings);
    if (!target) throw new UsageError(`no incubator notes under the upstream "${upstream}"`);
    return [target];
  }
  const targets: QuizTarget[] = [];
  for (const given of notePaths) targets.push(noteTarget(await resolveNoteArgument(given, snapshot.notes, () => listedPaths(ctx)), snapshot, settings, index));
  return targets;
}

export async function quiz(ctx: CommandContext): Promise<number> {
  const settings = quizSettings(ctx);
  normaliseVaultPath(settings.folder, "quiz folder");
  const dryRun = ctx.args.options.has("dry-run");
  const reporter = new Progress(ctx.io, ctx.now);
  const progress = (done: number, total: number) => reporter.update(`Writing quizzes: ${done}/${total}`);
  const chosen = await targets(ctx, settings, ctx.args.positionals.slice(1));
  // Journaled first: a run cut short is finished by the next one (each quiz note is written whole).
  const journal = dryRun || chosen.length < 2 ? null : new VaultJournal(ctx.store, "quiz-run.json");
  await journal?.write(quizRunOf(chosen, settings));
  let outcomes: WriteOutcome[];
  try {
    outcomes = await writeQuizzes(ctx.store, chosen, ctx.snapshot, settings, { dryRun, onProgress: progress });
  } finally {
    // An error is reported by this run; only a run that was stopped leaves its journal.
    await journal?.remove();
  }
  reporter.done();
  for (const o of outcomes) ctx.io.stdout(describeOutcome(o, dryRun) + "\n");
  if (dryRun) ctx.io.stdout(NOTHING_WRITTEN);
  return outcomes.some((o) => o.status === "conflict" || o.status === "foreign") ? 1 : 0;
}

export async function overview(ctx: CommandContext): Promise<number> {
  const dryRun = ctx.args.options.has("dry-run");
  const outcome = await writeOverview(ctx.store, option(ctx.args, "out") ?? DEFAULT_OVERVIEW_PATH, ctx.snapshot, dryRun);
  ctx.io.stdout(describeOutcome(outcome, dryRun) + "\n");
  if (dryRun) ctx.io.stdout(NOTHING_WRITTEN);
  return outcome.status === "conflict" ? 1 : 0;
}
