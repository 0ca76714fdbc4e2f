/**
 * The part of YAML frontmatter a note model needs: top-level keys with a scalar, a flow list
 * (`[a, b]`) or a block list (`- a`). Values are strings; anything more complex is kept as its
 * raw text. Keys live in a Map, so a key such as `__proto__` is just a key. Keys keep their case:
 * Obsidian reads `tags` but not `TAG` as the tags property.
 */
export type FrontmatterValue = string | string[] | null;

export interface Frontmatter {
  /** Values by key as written. */
  values: Map<string, FrontmatterValue>;
  /** 1-based line of each key. */
  lines: Map<string, number>;
}

/** The key as written that equals `key` (ignoring case when asked), or undefined. */
export function findKey(frontmatter: Frontmatter, key: string, ignoreCase: boolean): string | undefined {
  if (frontmatter.values.has(key)) return key;
  if (!ignoreCase) return undefined;
  const lower = key.toLowerCase();
  for (const k of frontmatter.values.keys()) if (k.toLowerCase() === lower) return k;
  return undefined;
}

function jsonValue(value: unknown): FrontmatterValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Obsidian also accepts frontmatter written as a JSON object. */
function parseJsonFrontmatter(body: string[], firstLine: number): Frontmatter | null {
  const text = body.join("\n").trim();
  if (!text.startsWith("{")) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const values = new Map<string, FrontmatterValue>();
  const lines = new Map<string, number>();
  const keyLines = jsonKeyLines(body);
  for (const [key, value] of Object.entries(parsed)) {
    values.set(key, jsonValue(value));
    lines.set(key, firstLine + (keyLines.get(key) ?? 0));
  }
  return { values, lines };
}

/**
 * The line each key of a JSON object is first written on, in one pass over the text (not a search
 * of every line per key): a string followed by `:` is a key. The text has parsed as JSON, so its
 * strings are well formed.
 */
function jsonKeyLines(body: string[]): Map<string, number> {
  const at = new Map<string, number>();
  const text = body.join("\n");
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (c !== '"') continue;
    const start = i;
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    let next = i + 1;
    while (next < text.length && (text[next] === " " || text[next] === "\t" || text[next] === "\r" || text[next] === "\n")) next++;
    if (text[next] !== ":") continue;
    try {
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (!at.has(key)) at.set(key, line);
    } catch {
      // Not a string JSON reads: no key to place.
    }
  }
  return at;
}

/** A quoted scalar's text: `''` is a quote in single quotes, a double-quoted one reads its escapes as JSON does. */
function unquote(value: string): string {
  const v = value.trim();
  if (v.length < 2) return v;
  if (v[0] === "'" && v.endsWith("'")) return v.slice(1, -1).replaceAll("''", "'");
  if (v[0] !== '"' || !v.endsWith('"')) return v;
  if (!v.includes("\\")) return v.slice(1, -1);
  try {
    return JSON.parse(v) as string;
  } catch {
    // An escape JSON does not have (`\x41`, `\ `): the text between the quotes as written.
    return v.slice(1, -1);
  }
}

function flowList(value: string): string[] | null {
  const v = value.trim();
  if (!v.startsWith("[") || !v.endsWith("]") || v.startsWith("[[")) return null;
  return splitFlow(v.slice(1, -1)).map(unquote).filter((x) => x.length > 0);
}

/**
 * Splits on commas outside quotes and `[[…]]`. A quote opens a quoted item only as its first
 * character (`it's` is plain text); a double-quoted item has escapes.
 */
function splitFlow(body: string): string[] {
  const parts: string[] = [];
  let quote = "";
  let depth = 0;
  let start = 0;
  // Whether the item so far is only white space (a flag, not a look back: a long item stays linear).
  let blank = true;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      // An escape in double quotes, `''` (a quote) in single ones: the next character is text.
      if ((c === "\\" && quote === '"') || (c === "'" && quote === "'" && body[i + 1] === "'")) i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
      blank = true;
      continue;
    }
    if ((c === '"' || c === "'") && blank) quote = c;
    else if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    if (c !== " " && c !== "\t") blank = false;
  }
  parts.push(body.slice(start));
  return parts;
}

/** The colon that ends a key: followed by white space or the end of the line (`a:b` is text). */
function keyColon(line: string): number {
  for (let c = line.indexOf(":"); c >= 0; c = line.indexOf(":", c + 1)) {
    const next = line[c + 1];
    if (next === undefined || next === " " || next === "\t") return c;
  }
  return -1;
}

/** A block scalar's header: `|` (lines kept) or `>` (lines folded), with its chomping and indentation indicators. */
const BLOCK_SCALAR = /^([|>])(?:([1-9])([+-])?|([+-])([1-9])?)?(?:\s+#.*)?$/;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlankLine = (line: string) => line.trim() === "";

/**
 * The text of a block scalar whose content starts at `body[from]`, and the index after its last
 * line: the lines indented under the key (blank lines among them), less that indentation;
 * `|` keeps the line breaks, `>` folds lines into spaces (a blank line is a break, more-indented
 * lines keep theirs); the end keeps one line break, none with `-`, all with `+`.
 */
function blockScalar(header: RegExpExecArray, body: string[], from: number): { text: string; next: number } {
  const explicit = Number(header[2] ?? header[5] ?? 0);
  const chomping = header[3] ?? header[4] ?? "";
  let next = from;
  while (next < body.length && (isBlankLine(body[next]) || indentOf(body[next]) > 0)) next++;
  const firstText = body.slice(from, next).find((line) => !isBlankLine(line));
  const indent = explicit || (firstText === undefined ? 0 : indentOf(firstText));
  // A line indented less than the content ends it (and, at the top level, starts the next key).
  for (let i = from; i < next; i++) {
    if (!isBlankLine(body[i]) && indentOf(body[i]) < indent) {
      next = i;
      break;
    }
  }
  const lines = body.slice(from, next).map((line) => (isBlankLine(line) && line.length <= indent ? "" : line.slice(indent)));
  let last = lines.length;
  while (last > 0 && lines[last - 1] === "") last--;
  const content = lines.slice(0, last);
  let text = header[1] === "|" ? content.join("\n") : fold(content);
  if (content.length > 0 && chomping !== "-") text += "\n";
  if (chomping === "+") text += "\n".repeat(lines.length - last);
  return { text, next };
}

/** Folded lines: a line break between two lines of text becomes a space; blank and more-indented lines keep theirs. */
function fold(lines: string[]): string {
  let text = "";
  let blanks = 0;
  let previous: string | null = null;
  for (const line of lines) {
    if (line === "") {
      blanks++;
      continue;
    }
    if (previous !== null) {
      const moreIndented = /^\s/.test(previous) || /^\s/.test(line);
      text += blanks === 0 && !moreIndented ? " " : "\n".repeat(moreIndented ? blanks + 1 : blanks);
    } else {
      text += "\n".repeat(blanks);
    }
    text += line;
    blanks = 0;
    previous = line;
  }
  return text;
}

/** A block list item: `-` then white space or the end of the line, with the item's indentation and text. */
const LIST_ITEM = /^(\s*)-(?:[ \t]+(.*))?$/;

/** Parses the lines between the `---` markers (`body` excludes them; `firstLine` is 1-based). */
export function parseFrontmatter(body: string[], firstLine: number): Frontmatter {
  const json = parseJsonFrontmatter(body, firstLine);
  if (json) return json;
  const values = new Map<string, FrontmatterValue>();
  const lines = new Map<string, number>();
  let listKey: string | null = null;
  let listIndent = -1;
  for (let index = 0; index < body.length; index++) {
    const line = body[index];
    const item = LIST_ITEM.exec(line);
    if (item && listKey !== null) {
      // Items of the key's list stand at the first one's indentation; deeper lines belong to an item.
      if (listIndent < 0) listIndent = item[1].length;
      if (item[1].length !== listIndent) continue;
      let list = values.get(listKey);
      if (!Array.isArray(list)) values.set(listKey, (list = []));
      // An item with no value, or one that is a mapping of its own (`- child: …`), is no string of the list.
      const text = (item[2] ?? "").trim();
      if (text !== "" && (/^["']/.test(text) || keyColon(text) < 0)) list.push(unquote(text));
      continue;
    }
    if (/^\s/.test(line) || line.startsWith("#")) continue;
    const colon = keyColon(line);
    if (colon < 0) {
      listKey = null;
      continue;
    }
    const key = unquote(line.slice(0, colon));
    const raw = line.slice(colon + 1).trim();
    lines.set(key, firstLine + index);
    listKey = raw === "" ? key : null;
    listIndent = -1;
    const header = BLOCK_SCALAR.exec(raw);
    if (header) {
      const { text, next } = blockScalar(header, body, index + 1);
      values.set(key, text);
      index = next - 1;
      continue;
    }
    values.set(key, raw === "" ? null : (flowList(raw) ?? unquote(raw)));
  }
  return { values, lines };
}

/** A property's values as a list: a list as is, a string split on commas (and spaces, if asked). */
export function valuesOf(value: FrontmatterValue | undefined, splitSpaces: boolean): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : value.split(",");
  const out: string[] = [];
  for (const item of items) {
    for (const part of splitSpaces ? item.split(/\s+/) : [item]) {
      const t = part.trim();
      if (t) out.push(t);
    }
  }
  return out;
}
