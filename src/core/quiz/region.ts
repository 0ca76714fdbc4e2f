/**
 * The generated region of a review note, `%% incubator:start %%` … `%% incubator:end %%`, and
 * how a regeneration merges into it without losing anything the user or a review tool wrote.
 *
 * Every generated piece is a unit that starts with an invisible marker
 * `<!--incubator:ID:HASH-->` and an empty line, where HASH fingerprints the unit's generated
 * lines. The empty line is there for the review tools: the Spaced Repetition plugin skips the
 * line after a one-line HTML comment, so a card right under its marker would never be read.
 * Units written before that rule (marker directly above the card) get the empty line on the
 * next merge, whatever else happens to them. On merge:
 * - a unit whose lines (tool lines aside) still match HASH is regenerated, and the review tool's
 *   lines (`<!--SR:…-->`, `<!--ID: …-->`) are put back where the tool expects them;
 * - a unit that does not match was edited by the user and is kept byte for byte (text the user
 *   typed after a card belongs to that card's unit, so it is kept too);
 * - a unit whose id is no longer generated moves, unchanged, under the "Retired" heading (an
 *   unedited heading or deck line, which is structure rather than content, is dropped);
 * - everything outside the region, and user text at the region's top, is kept as it was.
 */
import { pushAll } from "../arrays";
import { shortHash } from "../hash";
import { lineEnding, splitLines } from "../markdown/lines";

export const REGION_START = "%% incubator:start %%";
export const REGION_END = "%% incubator:end %%";
const MARKER = /^<!--incubator:([A-Za-z0-9_-]{1,64}):([0-9a-f]{8})-->\s*$/;

export interface GeneratedUnit {
  id: string;
  lines: string[];
}

export interface ToolLines {
  isToolLine(line: string): boolean;
  attachToolLines(body: string[], toolLines: string[]): string[];
}

export interface RegionInput {
  units: GeneratedUnit[];
  /** Placed above retired units, when there are any. */
  retiredHeading: GeneratedUnit;
  tool: ToolLines;
  /** Lines above and below the region in a new file. */
  frame: { above: string[]; below: string[] };
  /** Structure (headings, the deck line): when no longer generated and unedited, it just goes. */
  disposable?: (id: string) => boolean;
}

export interface RegionMerge {
  text: string;
  changed: boolean;
  /** Ids newly moved under the Retired heading. */
  retired: string[];
  /** Ids kept as the user edited them. */
  edited: string[];
  added: string[];
}

interface ParsedUnit {
  id: string;
  hash: string;
  marker: string;
  body: string[];
}

/** Empty lines around a unit's content are layout, not content: they do not count. */
function bodyHash(lines: string[], tool: ToolLines): string {
  const content = lines.filter((l) => !tool.isToolLine(l)).map((l) => l.trimEnd());
  while (content.length > 0 && content[content.length - 1] === "") content.pop();
  let first = 0;
  while (first < content.length && content[first] === "") first++;
  return shortHash(content.slice(first).join("\n"));
}

/** A unit kept as it is, with the empty line after its marker that the review tools need. */
function kept(unit: ParsedUnit): string[] {
  return unit.body.length > 0 && unit.body[0].trim() === "" ? [unit.marker, ...unit.body] : [unit.marker, "", ...unit.body];
}

function parseUnits(lines: string[]): { preamble: string[]; units: ParsedUnit[] } {
  const preamble: string[] = [];
  const units: ParsedUnit[] = [];
  for (const line of lines) {
    const m = MARKER.exec(line);
    if (m) units.push({ id: m[1], hash: m[2], marker: line, body: [] });
    else if (units.length > 0) units[units.length - 1].body.push(line);
    else preamble.push(line);
  }
  return { preamble, units };
}

function rendered(unit: GeneratedUnit, tool: ToolLines, toolLines: string[] = []): string[] {
  return [`<!--incubator:${unit.id}:${bodyHash(unit.lines, tool)}-->`, "", ...tool.attachToolLines(unit.lines, toolLines), ""];
}

function mergeUnits(regionLines: string[], input: RegionInput): Omit<RegionMerge, "text" | "changed"> & { lines: string[] } {
  const { preamble, units } = parseUnits(regionLines);
  const { tool } = input;
  const generatedIds = new Set(input.units.map((u) => u.id));
  const old = new Map<string, ParsedUnit>();
  const leftovers: ParsedUnit[] = [];
  let retiredBefore = Number.MAX_SAFE_INTEGER;
  units.forEach((u, i) => {
    if (u.id === input.retiredHeading.id) retiredBefore = Math.min(retiredBefore, i);
    if (old.has(u.id) || !generatedIds.has(u.id)) leftovers.push(u);
    else old.set(u.id, u);
  });
  const out = [...preamble];
  const edited: string[] = [];
  const added: string[] = [];
  for (const unit of input.units) {
    const previous = old.get(unit.id);
    if (!previous) {
      pushAll(out, rendered(unit, tool));
      added.push(unit.id);
    } else if (bodyHash(previous.body, tool) === previous.hash) {
      pushAll(out, rendered(unit, tool, previous.body.filter((l) => tool.isToolLine(l))));
    } else {
      pushAll(out, kept(previous));
      edited.push(unit.id);
    }
  }
  const pristine = (u: ParsedUnit) => bodyHash(u.body, tool) === u.hash;
  const retiredUnits = leftovers.filter((u) => u.id !== input.retiredHeading.id && !(input.disposable?.(u.id) && pristine(u)));
  const retired: string[] = [];
  if (retiredUnits.length > 0) {
    const heading = leftovers.find((u) => u.id === input.retiredHeading.id);
    if (heading && !pristine(heading)) pushAll(out, kept(heading));
    else pushAll(out, rendered(input.retiredHeading, tool));
    for (const u of retiredUnits) {
      pushAll(out, kept(u));
      // Stryker disable next-line EqualityOperator: equivalent; at retiredBefore stands the heading, never a retired unit.
      if (units.indexOf(u) < retiredBefore) retired.push(u.id);
    }
  }
  return { lines: out, retired, edited, added };
}

/** Merges freshly generated units into `existing` (null: a new file) and says what happened. */
export function mergeRegion(existing: string | null, input: RegionInput): RegionMerge {
  if (existing === null) {
    const { lines, retired, edited, added } = mergeUnits([], input);
    const text = [...input.frame.above, REGION_START, ...lines, REGION_END, ...input.frame.below].join("\n") + "\n";
    return { text, changed: true, retired, edited, added };
  }
  const eol = lineEnding(existing);
  const { lines, starts } = splitLines(existing);
  const startIndex = lines.findIndex((l) => l.trim() === REGION_START);
  if (startIndex < 0) {
    // No region yet (a note of the user's with this name): add one at the end, touching nothing.
    const { lines: body, retired, edited, added } = mergeUnits([], input);
    const separator = existing === "" || existing.endsWith("\n") || existing.endsWith("\r") ? "" : eol;
    const text = existing + separator + (existing === "" ? "" : eol) + [REGION_START, ...body, REGION_END].join(eol) + eol;
    return { text, changed: true, retired, edited, added };
  }
  let endIndex = -1;
  for (let i = startIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === REGION_END) {
      endIndex = i;
      break;
    }
  }
  let regionEnd = endIndex >= 0 ? endIndex : lines.length;
  // Stryker disable next-line EqualityOperator: equivalent; the end marker comes after the start marker, never on the first line.
  if (endIndex < 0 && lines[regionEnd - 1] === "") regionEnd--;
  const merged = mergeUnits(lines.slice(startIndex + 1, regionEnd), input);
  const prefix = existing.slice(0, starts[startIndex]);
  // Stryker disable next-line EqualityOperator: equivalent; as above.
  const suffix = endIndex >= 0 ? existing.slice(starts[endIndex] + lines[endIndex].length) : eol;
  const text = prefix + [REGION_START, ...merged.lines, REGION_END].join(eol) + suffix;
  return { text, changed: text !== existing, retired: merged.retired, edited: merged.edited, added: merged.added };
}
