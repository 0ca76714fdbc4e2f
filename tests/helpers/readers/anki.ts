/**
 * A reader for Obsidian_to_Anki note blocks, from its documentation (shared/FORMATS.md):
 * `START` and `END` lines (exact, whole line), the note type on the line after `START`, the
 * first field's text, then fields named `Name: …` (here `Back:`), an optional `<!--ID: n-->`;
 * `TARGET DECK` with the deck on the next line; Cloze notes use `{{c1::text}}`.
 */
import type { CardPair } from "./card-pair";

export interface AnkiNote {
  deck: string | null;
  cards: (CardPair & { type: string; id: string | null })[];
}

export function readAnki(text: string): AnkiNote {
  const lines = text.split(/\r?\n/);
  const deckAt = lines.indexOf("TARGET DECK");
  const cards: AnkiNote["cards"] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "START") continue;
    const end = lines.indexOf("END", i + 1);
    if (end < 0) break;
    const type = lines[i + 1];
    const body = lines.slice(i + 2, end);
    const idLine = body.find((l) => /^<!--ID: ?\d+-->$/.test(l));
    const fields = body.filter((l) => l !== idLine);
    if (type === "Cloze") {
      const textField = fields.join("\n");
      for (const m of textField.matchAll(/\{\{c\d+::([^}]+)\}\}/g)) {
        cards.push({ type, question: textField.replace(m[0], "[...]"), answer: m[1], id: idLine?.match(/\d+/)?.[0] ?? null });
      }
    } else {
      const back = fields.findIndex((l) => l.startsWith("Back:"));
      const question = fields.slice(0, back < 0 ? fields.length : back).join("\n").trim();
      const answer = back < 0 ? "" : [fields[back].slice("Back:".length).trim(), ...fields.slice(back + 1)].join("\n").trim();
      cards.push({ type, question, answer, id: idLine?.match(/\d+/)?.[0] ?? null });
    }
    i = end;
  }
  return { deck: deckAt >= 0 ? (lines[deckAt + 1] ?? null) : null, cards };
}
