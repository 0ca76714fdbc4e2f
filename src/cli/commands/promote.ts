/** `promote`: the plan as a readable diff (`--dry-run`), or applied file by file. */
import { defaultPromotionSettings, moveChecks, planPromotion, type PromotionRequest } from "../../core/promote/planner";
import { formatMovedLinks, linksBrokenByMoves, movedNameForms, withLinkUpdates, type Move, type MovedLink } from "../../core/promote/moved-links";
import { applyPromotion, formatPlan } from "../../core/promote/promote-service";
import { readNote, type NoteFile, type NoteStore } from "../../core/vault/note-store";
import { isoDate } from "../../core/iso-date";
import { normaliseTag } from "../../core/note/tags";
import { UsageError } from "../args";
import { listedPaths, NOTHING_WRITTEN, option, type CommandContext } from "../context";
import { resolveNoteArgument } from "../note-arg";
import { VaultJournal } from "../journals";
import { journalOf } from "../../core/promote/journal";

/** `--to-tag`: a tag as the plugin's setting takes it, or "" to just remove the incubator tag. */
function nextTag(given: string): string {
  if (given.trim() === "") return "";
  const tag = normaliseTag(given);
  if (tag === null) throw new UsageError(`invalid --to-tag: ${given} (letters, digits, _, - and / only; "" removes the tag)`);
  return tag;
}

export async function promote(ctx: CommandContext): Promise<number> {
  const { args, snapshot, store, settings, io } = ctx;
  const paths = args.positionals.slice(1);
  const ready = args.options.has("ready");
  if ((paths.length > 0) === ready) throw new UsageError("name notes, or give --ready");
  const reports = ready ? snapshot.notes.filter((n) => n.ready) : [];
  for (const given of paths) reports.push(await resolveNoteArgument(given, snapshot.notes, () => listedPaths(ctx)));
  if (reports.length === 0) {
    io.stdout("No notes are ready for promotion.\n");
    return 0;
  }
  const requests: PromotionRequest[] = [];
  for (const report of reports) requests.push({ report, text: await store.read(report.path) });
  const upstreamTexts = new Map<string, string>();
  // Stryker disable next-line ConditionalExpression: equivalent; the texts are used only with --link-upstream, read here only to save the reads.
  if (args.options.has("link-upstream")) {
    for (const report of reports) {
      for (const u of report.upstream) if (u.path && !upstreamTexts.has(u.path)) upstreamTexts.set(u.path, await store.read(u.path));
    }
  }
  const files = await store.list();
  const listed = files.map((f) => f.path);
  const taken = new Set(listed.map((p) => p.toLowerCase()));
  const toTag = option(args, "to-tag");
  const cannotMove = await moveChecks(store, reports.map((r) => r.path), option(args, "move-to") ?? "");
  const planned = planPromotion(
    requests,
    {
      ...defaultPromotionSettings(settings.tag),
      nextTag: toTag === undefined ? "evergreen" : nextTag(toTag),
      moveTo: option(args, "move-to") ?? "",
      linkFromUpstream: args.options.has("link-upstream"),
      addPromotedDate: args.options.has("date"),
      fixEncoding: args.options.has("fix-encoding"),
    },
    { today: isoDate(new Date()), exists: (p) => taken.has(p.toLowerCase()), upstreamTexts, force: args.options.has("force"), cannotMove },
  );
  // A move outside Obsidian leaves links as they are: the plan names those it would break, and rewrites them when asked.
  const updating = args.options.has("update-links");
  let plan = planned;
  let left: MovedLink[] = [];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; without moves no link breaks, the test only saves reading the vault.
  if (planned.moves.length > 0) {
    const linking = await notesThatMayLink(store, files, planned.moves, settings.maxNoteBytes);
    left = linksBrokenByMoves(planned.moves, [...listed, ...store.attachments()], linking);
    if (updating) ({ plan, left } = withLinkUpdates(planned, left, new Map(linking.map((n) => [n.path, n.text]))));
  }
  io.stdout(formatPlan(plan));
  io.stdout(formatMovedLinks(left, updating));
  if (left.length > 0 && !updating) io.stdout("(--update-links rewrites them)\n");
  const refused = plan.notes.filter((n) => n.refused).length;
  if (args.options.has("dry-run")) {
    io.stdout(NOTHING_WRITTEN);
    return refused > 0 ? 1 : 0;
  }
  // The plan is journaled first: a run that is killed half-way is finished by the next one.
  const journal = plan.files.length > 0 || plan.moves.length > 0 ? new VaultJournal(store, "promotion-journal.json") : null;
  await journal?.write(journalOf(plan));
  const result = await applyPromotion(store, plan);
  await journal?.remove();
  for (const path of result.written) io.stdout(`written: ${path}\n`);
  for (const move of result.moved) io.stdout(`moved: ${move.from} → ${move.to}\n`);
  for (const skip of result.skipped) io.stderr(`incubator: skipped ${skip.path}: ${skip.reason}\n`);
  return refused > 0 || result.skipped.length > 0 ? 1 : 0;
}

/**
 * The notes whose links a move may change: the moved notes, and every note that names one of
 * them. A note that cannot be read now, or is over the size limit, is left out (loading the
 * vault reported it).
 */
async function notesThatMayLink(store: NoteStore, files: readonly NoteFile[], moves: readonly Move[], maxBytes: number): Promise<{ path: string; text: string }[]> {
  const forms = movedNameForms(moves);
  const moved = new Set(moves.map((m) => m.from));
  const notes: { path: string; text: string }[] = [];
  for (const file of files) {
    const text = await readNote(store, file, maxBytes);
    if (typeof text !== "string") continue;
    const lower = text.toLowerCase();
    if (moved.has(file.path) || forms.some((form) => lower.includes(form))) notes.push({ path: file.path, text });
  }
  return notes;
}
