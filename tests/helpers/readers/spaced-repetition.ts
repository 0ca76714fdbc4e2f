/**
 * A reader for the Obsidian Spaced Repetition plugin's cards that reproduces what its own parser
 * (v1.15.4) reports, as recorded in `shared/oracle/spaced-repetition` and checked case by case
 * against it (tests/quiz/oracle-readers.test.ts). Beyond the documented syntax (FORMATS.md) it
 * follows the parser's line rules, some of them surprising:
 * - a line starting with `<!--` (not `<!--SR:`) is skipped together with the line after it, and a
 *   comment whose `-->` is on a later line hides the rest of the note;
 * - a line holding `::` (the first `::` outside inline code) is a single-line card of its own,
 *   even in the middle of a multi-line card, which is then lost;
 * - every non-empty line since the last empty line belongs to a card's front;
 * - a fenced block is read whole.
 * The deck comes from `#flashcards…` tags as the plugin assigns them (the card's own leading tag,
 * else the frontmatter's, else the last tag line above the card, else the first one).
 */

export type SrCardType = "SingleLineBasic" | "SingleLineReversed" | "MultiLineBasic" | "MultiLineReversed" | "Cloze";

export interface SrSchedule {
  due: string;
  interval: number;
  ease: number;
}

export interface SrSide {
  front: string;
  back: string;
  schedule: SrSchedule | null;
}

export interface SrCard {
  type: SrCardType;
  /** 0-based lines of the whole file. */
  firstLine: number;
  lastLine: number;
  text: string;
  /** The text without its schedule comment, leading tag and block id. */
  question: string;
  questionTag: string | null;
  blockId: string | null;
  /** null: the note has no flashcard tag, and the plugin ignores it. */
  decks: string[] | null;
  sides: SrSide[];
}

const FLASHCARD_TAG = "#flashcards";
const TAG_AT_START = /^#[^\s#]+/;
const BLOCK_ID_AT_END = / (\^[a-zA-Z0-9-]+)$/;
const CLOZE = /==(?:(\d+);;)?(.+?)(?:;;(.+?))?==/g;

interface ParsedCard {
  type: SrCardType;
  text: string;
  firstLine: number;
  lastLine: number;
}

/** The plugin's one-line code check: an odd number of backticks on both sides of the first match. */
function hasMarkerOutsideCode(line: string, marker: string): boolean {
  const at = line.indexOf(marker);
  if (at < 0) return false;
  const ticks = (s: string) => s.split("`").length - 1;
  return !(ticks(line.slice(0, at)) % 2 === 1 && ticks(line.slice(at + marker.length)) % 2 === 1);
}

/** Frontmatter lines become empty, as the plugin hands the rest of the note to its parser. */
function splitNote(text: string): { lines: string[]; frontmatter: string[] } {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== "---") return { lines, frontmatter: [] };
  const close = lines.indexOf("---", 1);
  if (close < 0) return { lines, frontmatter: [] };
  return { lines: [...lines.slice(0, close + 1).map(() => ""), ...lines.slice(close + 1)], frontmatter: lines.slice(0, close + 1) };
}

function parseCards(lines: string[]): ParsedCard[] {
  const cards: ParsedCard[] = [];
  let text = "";
  let type: SrCardType | null = null;
  let firstLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (line.startsWith("<!--") && !line.startsWith("<!--SR:")) {
      // The parser tests the first line for `-->` on every step: a one-line comment takes the next line with it.
      if (!line.includes("-->")) i = lines.length;
      i++;
      continue;
    }
    if (trimmed === "") {
      if (type) cards.push({ type, text: text.trimEnd(), firstLine, lastLine: i - 1 });
      type = null;
      text = "";
      firstLine = i + 1;
      continue;
    }
    text += (text.length > 0 ? "\n" : "") + line.trimEnd();
    if (hasMarkerOutsideCode(line, ":::")) type = "SingleLineReversed";
    else if (hasMarkerOutsideCode(line, "::")) type = "SingleLineBasic";
    if (type === "SingleLineBasic" || type === "SingleLineReversed") {
      text = line;
      firstLine = i;
      if (i + 1 < lines.length && lines[i + 1].startsWith("<!--SR:")) text += `\n${lines[++i]}`;
      cards.push({ type, text, firstLine, lastLine: i });
      type = null;
      text = "";
    } else if (trimmed === "?") {
      if (text.length > 1) type = "MultiLineBasic";
    } else if (trimmed === "??") {
      if (text.length > 1) type = "MultiLineReversed";
    } else if (line.startsWith("```") || line.startsWith("~~~")) {
      const fence = (/`+|~+/.exec(line) as RegExpExecArray)[0];
      while (i + 1 < lines.length && !lines[i + 1].startsWith(fence)) text += `\n${lines[++i]}`;
      text += `\n${fence}`;
      i++;
    } else if (type === null && new RegExp(CLOZE.source).test(line)) {
      type = "Cloze";
    }
  }
  if (type && text) cards.push({ type, text: text.trimEnd(), firstLine, lastLine: lines.length - 1 });
  return cards;
}

function schedulesOf(text: string): SrSchedule[] {
  const comment = /<!--SR:(.+?)-->/m.exec(text)?.[1];
  if (!comment) return [];
  return comment
    .split("!")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const [due, interval, ease] = s.split(",");
      return { due, interval: parseInt(interval, 10), ease: parseInt(ease, 10) };
    });
}

function questionOf(text: string): { question: string; questionTag: string | null; blockId: string | null } {
  const withoutSchedule = text.replace(/<!--SR:.+-->/gm, "");
  let question = withoutSchedule.trimEnd();
  const questionTag = TAG_AT_START.exec(withoutSchedule.trimStart())?.[0] ?? null;
  if (questionTag) question = withoutSchedule.trimStart().replace(TAG_AT_START, "").trimStart();
  const block = BLOCK_ID_AT_END.exec(question);
  if (!block) return { question, questionTag, blockId: null };
  return { question: question.slice(0, question.length - block[1].length).trimEnd(), questionTag, blockId: block[1] };
}

const asking = (hint: string | undefined) => `<span style='color:#2196f3'>${hint ? `[${hint}]` : "[...]"}</span>`;
const showing = (answer: string) => `<span style='color:#2196f3'>${answer}</span>`;

/** One side per deletion, or per number when deletions are numbered (`==1;;x==`); other deletions show as text. */
function clozeSides(question: string): { front: string; back: string }[] {
  const deletions = [...question.matchAll(CLOZE)];
  const groups: string[] = [];
  for (const d of deletions) {
    const key = d[1] ?? `#${d.index}`;
    if (!groups.includes(key)) groups.push(key);
  }
  const numbered = groups.filter((g) => !g.startsWith("#")).sort((a, b) => Number(a) - Number(b));
  const order = [...numbered, ...groups.filter((g) => g.startsWith("#"))];
  return order.map((group) => {
    const render = (reveal: boolean) =>
      question.replace(CLOZE, (_m, num: string | undefined, answer: string, hint: string | undefined, at: number) => {
        if ((num ?? `#${at}`) !== group) return answer;
        return reveal ? showing(answer) : asking(hint);
      });
    return { front: render(false), back: render(true) };
  });
}

function sidesOf(type: SrCardType, question: string): { front: string; back: string }[] {
  if (type === "Cloze") return clozeSides(question);
  if (type === "SingleLineBasic" || type === "SingleLineReversed") {
    const separator = type === "SingleLineBasic" ? "::" : ":::";
    const at = question.indexOf(separator);
    const [a, b] = [question.slice(0, at), question.slice(at + separator.length)];
    return type === "SingleLineBasic" ? [{ front: a, back: b }] : [{ front: a, back: b }, { front: b, back: a }];
  }
  const lines = question.split("\n");
  const at = lines.findIndex((l) => l.trim() === (type === "MultiLineBasic" ? "?" : "??"));
  const [a, b] = [lines.slice(0, at).join("\n"), lines.slice(at + 1).join("\n")];
  return type === "MultiLineBasic" ? [{ front: a, back: b }] : [{ front: a, back: b }, { front: b, back: a }];
}

const isFlashcardTag = (tag: string) => tag === FLASHCARD_TAG || tag.startsWith(`${FLASHCARD_TAG}/`);

function frontmatterTags(frontmatter: string[]): string[] {
  const tags: string[] = [];
  const at = frontmatter.findIndex((l) => /^tags:/.test(l));
  if (at < 0) return tags;
  const inline = frontmatter[at].slice("tags:".length).replace(/[[\]]/g, "").trim();
  if (inline) for (const t of inline.split(/[,\s]+/)) if (t) tags.push(`#${t.replace(/^#/, "")}`);
  for (let i = at + 1; i < frontmatter.length && /^\s+- /.test(frontmatter[i]); i++) tags.push(`#${frontmatter[i].replace(/^\s+- /, "").trim().replace(/^#/, "")}`);
  return tags;
}

function assignDecks(cards: (ParsedCard & { questionTag: string | null })[], lines: string[], frontmatter: string[]): (string[] | null)[] {
  const path = (tag: string) => tag.slice(1);
  const fromFrontmatter = frontmatterTags(frontmatter).filter(isFlashcardTag);
  const lineTags: { line: number; tags: string[] }[] = [];
  lines.forEach((line, i) => {
    if (i < frontmatter.length) return;
    const tags = (line.match(/#[^\s#]+/g) ?? []).filter(isFlashcardTag);
    if (tags.length > 0) lineTags.push({ line: i, tags });
  });
  if (fromFrontmatter.length === 0 && lineTags.length === 0) return cards.map(() => null);
  const inCard = (line: number) => cards.some((c) => line >= c.firstLine && line <= c.lastLine);
  const noteLevel = lineTags.filter((t) => !inCard(t.line));
  const first = fromFrontmatter.length > 0 ? fromFrontmatter[0] : lineTags[0].tags[0];
  return cards.map((card) => {
    if (card.questionTag) return [path(card.questionTag)];
    const above = noteLevel.filter((t) => t.line < card.firstLine).pop();
    if (above) return above.tags.map(path);
    if (fromFrontmatter.length > 0) return fromFrontmatter.map(path);
    return [path(first)];
  });
}

export function readSpacedRepetition(note: string): SrCard[] {
  const { lines, frontmatter } = splitNote(note);
  const parsed = parseCards(lines).map((card) => ({ ...card, ...questionOf(card.text) }));
  const decks = assignDecks(parsed, lines, frontmatter);
  return parsed.map((card, i) => {
    const schedules = schedulesOf(card.text);
    const sides = sidesOf(card.type, card.question).map((side, k) => ({ ...side, schedule: schedules[k] ?? null }));
    return { type: card.type, firstLine: card.firstLine, lastLine: card.lastLine, text: card.text, question: card.question, questionTag: card.questionTag, blockId: card.blockId, decks: decks[i], sides };
  });
}
