/**
 * A reader for Obsidian_to_Anki's notes that reproduces what its own scanner (v3.6.0) reports, as
 * recorded in `shared/oracle/obsidian-to-anki` and checked case by case against it
 * (tests/quiz/oracle-readers.test.ts). Its rules, some undocumented:
 * - a note is `START` at a line's start plus a newline, up to the next line that *begins* with
 *   `END` (`ENDPOINT` too); with CRLF line endings nothing matches;
 * - the block's last non-empty line is the id line if it holds `ID: <digits>` anywhere; a
 *   `Tags: …` line is read below that; the first line is the note type, exact;
 * - lines go to the first field until one begins with a field's name and `:`;
 * - the first `TARGET DECK` and `FILE TAGS` of the file hold for every note; file tags go to new
 *   notes only; `DELETE` and an id line anywhere list that id for deletion.
 * Fields are compared as the scanner splits them, before its Markdown-to-HTML formatter.
 */

export const NOTE_TYPE_FIELDS: Record<string, string[]> = {
  Basic: ["Front", "Back"],
  "Basic (and reversed card)": ["Front", "Back"],
  "Basic (optional reversed card)": ["Front", "Back", "Add Reverse"],
  "Basic (type in the answer)": ["Front", "Back"],
  Cloze: ["Text", "Back Extra"],
  "Image Occlusion": ["Occlusion", "Image", "Header", "Back Extra", "Comments"],
};

export type AnkiStatus = "add" | "edit" | "ignored: ID not in Anki" | "ignored: unknown note type";

export interface AnkiNote {
  startLine: number;
  endLine: number;
  body: string;
  noteType: string;
  id: number | null;
  status: AnkiStatus;
  deck: string;
  tags: string[];
  fields: Record<string, string>;
}

export interface AnkiFile {
  targetDeck: string;
  fileTags: string;
  notes: AnkiNote[];
  inlineNotes: AnkiNote[];
  deleteIds: number[];
}

const ID = /(?:<!--)?ID: (\d+)/;
const TOOL_TAG = "Obsidian_to_Anki";

interface Split {
  noteType: string;
  id: number | null;
  tags: string[];
  fields: Record<string, string> | null;
}

function blockNote(body: string): Split {
  const lines = body.trim().split("\n");
  const idMatch = ID.exec(lines[lines.length - 1]);
  if (idMatch) lines.pop();
  const tags = lines[lines.length - 1]?.startsWith("Tags: ") ? (lines.pop() as string).slice("Tags: ".length).split(" ") : [];
  const noteType = lines[0];
  const names = NOTE_TYPE_FIELDS[noteType];
  const id = idMatch ? parseInt(idMatch[1], 10) : null;
  if (!names) return { noteType, id, tags, fields: null };
  const collected: Record<string, string> = Object.fromEntries(names.map((n) => [n, ""]));
  let current = names[0];
  for (let line of lines.slice(1)) {
    const named = names.find((n) => line.startsWith(`${n}:`));
    if (named) {
      current = named;
      line = line.slice(named.length + 1);
    }
    collected[current] += `${line}\n`;
  }
  return { noteType, id, tags, fields: Object.fromEntries(names.map((n) => [n, collected[n].trim()])) };
}

function inlineNote(body: string): Split {
  let text = body.trim();
  const idMatch = ID.exec(text);
  if (idMatch) text = text.slice(0, idMatch.index).trim();
  const tagMatch = /Tags: (.*)/.exec(text);
  if (tagMatch) text = text.slice(0, tagMatch.index).trim();
  const typeMatch = /\[(.*?)\]/.exec(text) as RegExpExecArray;
  text = text.slice(typeMatch.index + typeMatch[0].length);
  const noteType = typeMatch[1];
  const names = NOTE_TYPE_FIELDS[noteType];
  const id = idMatch ? parseInt(idMatch[1], 10) : null;
  const tags = tagMatch ? tagMatch[1].split(" ") : [];
  if (!names) return { noteType, id, tags, fields: null };
  const collected: Record<string, string> = Object.fromEntries(names.map((n) => [n, ""]));
  let current = names[0];
  for (let word of text.split(" ")) {
    const named = names.find((n) => word === `${n}:`);
    if (named) {
      current = named;
      word = "";
    }
    collected[current] += `${word} `;
  }
  return { noteType, id, tags, fields: Object.fromEntries(names.map((n) => [n, collected[n].trim()])) };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length - 1;

/** `existingIds`: the note ids Anki holds; any other id is ignored by the scanner. */
export function readAnki(text: string, existingIds: readonly number[] = []): AnkiFile {
  const targetDeck = /^TARGET DECK(?:\n|: )(.*)/m.exec(text)?.[1] ?? "Default";
  const fileTags = /^FILE TAGS(?:\n|: )(.*)/m.exec(text)?.[1] ?? "";
  const note = (split: Split, startLine: number, endLine: number, body: string): AnkiNote => {
    const status: AnkiStatus = !split.fields ? "ignored: unknown note type" : split.id === null ? "add" : existingIds.includes(split.id) ? "edit" : "ignored: ID not in Anki";
    const tags = [TOOL_TAG, ...(split.fields ? split.tags : []), ...(status === "add" ? fileTags.split(" ") : [])];
    return { startLine, endLine, body, noteType: split.noteType, id: split.fields ? split.id : null, status, deck: targetDeck, tags, fields: split.fields ?? {} };
  };
  const notes = [...text.matchAll(/^START\n([\s\S]*?\n)END/gm)].map((m) => {
    const start = m.index as number;
    return note(blockNote(m[1]), lineAt(text, start), lineAt(text, start + m[0].length), m[1]);
  });
  const inlineNotes = [...text.matchAll(/STARTI(.*?)ENDI/g)].map((m) => {
    const line = lineAt(text, m.index as number);
    return note(inlineNote(m[1]), line, line, m[1]);
  });
  const deleteIds = [...text.matchAll(/DELETE\n?(?:<!--)?(?:ID: (\d+).*)/g)].map((m) => parseInt(m[1], 10));
  return { targetDeck, fileTags, notes, inlineNotes, deleteIds };
}
