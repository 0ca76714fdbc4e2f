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

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v;
}

function flowList(value: string): string[] | null {
  const v = value.trim();
  if (!v.startsWith("[") || !v.endsWith("]") || v.startsWith("[[")) return null;
  return splitFlow(v.slice(1, -1)).map(unquote).filter((x) => x.length > 0);
}

/** Splits on commas outside quotes and `[[…]]`. */
function splitFlow(body: string): string[] {
  const parts: string[] = [];
  let quote = "";
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
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

/** Parses the lines between the `---` markers (`body` excludes them; `firstLine` is 1-based). */
export function parseFrontmatter(body: string[], firstLine: number): Frontmatter {
  const json = parseJsonFrontmatter(body, firstLine);
  if (json) return json;
  const values = new Map<string, FrontmatterValue>();
  const lines = new Map<string, number>();
  let listKey: string | null = null;
  body.forEach((line, index) => {
    const item = /^\s*-\s*(.*)$/.exec(line);
    if (item && listKey !== null) {
      const list = values.get(listKey);
      const text = unquote(item[1]);
      if (Array.isArray(list)) list.push(text);
      else values.set(listKey, text ? [text] : []);
      return;
    }
    if (/^\s/.test(line) || line.startsWith("#")) return;
    const colon = keyColon(line);
    if (colon < 0) {
      listKey = null;
      return;
    }
    const key = unquote(line.slice(0, colon));
    const raw = line.slice(colon + 1).trim();
    lines.set(key, firstLine + index);
    listKey = raw === "" ? key : null;
    values.set(key, raw === "" ? null : (flowList(raw) ?? unquote(raw)));
  });
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
