import { summaryJson } from "../../core/report/summary-json";
import { checkText, summaryText } from "../../core/report/summary-text";
import type { CommandContext } from "../context";

export function summary({ args, io, settings, snapshot }: CommandContext): number {
  io.stdout(args.options.has("json") ? JSON.stringify(summaryJson(snapshot, settings.tag), null, 2) + "\n" : summaryText(snapshot, settings.tag));
  return 0;
}

/** Problems only, files that could not be read included; exit 1 when there is any. */
export function check({ args, io, snapshot, skipped }: CommandContext): number {
  const withProblems = snapshot.notes.filter((n) => n.problems.length > 0);
  if (args.options.has("json")) {
    const unread = skipped.map((s) => ({ path: s.path, problems: [{ code: s.code, message: s.message, line: 0 }] }));
    io.stdout(JSON.stringify([...unread, ...withProblems.map((n) => ({ path: n.path, problems: n.problems }))], null, 2) + "\n");
  } else {
    io.stdout(skipped.map((s) => `${s.path}:0: ${s.code}: ${s.message}\n`).join("") + checkText(snapshot));
  }
  return withProblems.length > 0 || skipped.length > 0 ? 1 : 0;
}
