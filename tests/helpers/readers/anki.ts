/**
 * A reader for Obsidian_to_Anki note blocks, from its documentation (shared/FORMATS.md) and the
 * rules its parser applies: a block runs from a `START` line to the next line that begins with
 * `END`; its first line is the note type; a last line holding `ID: n` is the note's id; the text
 * goes to the note type's first field until a line begins with a field's name and `:`
 * (`Back: …`); `TARGET DECK` with the deck on the next line; Cloze notes use `{{c1::text}}`.
 * Fields are read as the review shows them: trimmed, each line without its leading spaces.
 */
import type { CardPair } from "./card-pair";

export interface AnkiNote {
  deck: string | null;
  cards: (CardPair & { type: string; id: string | null })[];
}

const FIELDS: Record<string, string[]> = { Basic: ["Front", "Back"], Cloze: ["Text", "Back Extra"] };

function fieldsOf(type: string, lines: string[]): Record<string, string> {
  const names = FIELDS[type] ?? ["Front", "Back"];
  const fields: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  let current = names[0];
  for (let line of lines) {
    const named = names.find((n) => line.startsWith(`${n}:`));
    if (named) {
      current = named;
      line = line.slice(named.length + 1);
    }
    fields[current].push(line.replace(/^ {1,3}/, ""));
  }
  return Object.fromEntries(names.map((n) => [n, fields[n].join("\n").trim()]));
}

export function readAnki(text: string): AnkiNote {
  const normal = text.replace(/\r\n?/g, "\n");
  const deck = /^TARGET DECK\n(.*)/m.exec(normal)?.[1] ?? null;
  const cards: AnkiNote["cards"] = [];
  for (const block of normal.matchAll(/^START\n([\s\S]*?\n)END/gm)) {
    const lines = block[1].trim().split("\n");
    const type = lines.shift() as string;
    const idMatch = /(?:<!--)?ID: (\d+)/.exec(lines[lines.length - 1] ?? "");
    if (idMatch) lines.pop();
    const id = idMatch?.[1] ?? null;
    const fields = fieldsOf(type, lines);
    if (type === "Cloze") {
      for (const m of fields.Text.matchAll(/\{\{c\d+::([^}]+)\}\}/g)) {
        cards.push({ type, question: fields.Text.replace(m[0], "[...]"), answer: m[1], id });
      }
    } else {
      cards.push({ type, question: fields.Front, answer: fields.Back, id });
    }
  }
  return { deck, cards };
}
