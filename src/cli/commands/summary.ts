import { summaryJson } from "../../core/report/summary-json";
import { checkText, summaryText } from "../../core/report/summary-text";
import type { CommandContext } from "../context";

export function summary({ args, io, settings, snapshot }: CommandContext): number {
  io.stdout(args.options.has("json") ? JSON.stringify(summaryJson(snapshot, settings.tag), null, 2) + "\n" : summaryText(snapshot, settings.tag));
  return 0;
}

/** Problems only; exit 1 when any note has one. */
export function check({ args, io, snapshot }: CommandContext): number {
  const withProblems = snapshot.notes.filter((n) => n.problems.length > 0);
  if (args.options.has("json")) io.stdout(JSON.stringify(withProblems.map((n) => ({ path: n.path, problems: n.problems })), null, 2) + "\n");
  else io.stdout(checkText(snapshot));
  return withProblems.length > 0 ? 1 : 0;
}
