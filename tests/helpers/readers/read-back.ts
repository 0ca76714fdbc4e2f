/**
 * A quiz note read back as the review tools read it (the oracle-faithful readers), each card as
 * a learner sees it: its question, its answer and the source link, split off wherever the format
 * put it. `intended` says what we meant a card to show, from the card itself; a test compares
 * the two lists, so a card lost, merged, split or cut short by the tool's parser shows up.
 */
import type { Card } from "../../../src/core/quiz/card";
import type { QuizFormatName } from "../../../src/core/quiz/formats/quiz-format";
import { readAnki } from "./anki";
import { readCallouts } from "./callout";
import { readSpacedRepetition, type SrSchedule } from "./spaced-repetition";

export interface ShownCard {
  question: string;
  answer: string;
  link: string;
}

export interface ReadBack {
  cards: ShownCard[];
  /** Decks the cards go to, one entry per card (null where the tool would ignore it). */
  decks: (string | null)[];
  /** Per card: its schedules (Spaced Repetition) or its note id (Anki). */
  review: (SrSchedule[] | number | null)[];
}

const LINK_AT_END = /(?:^|\s+)(\[\[[^\]\n]*\]\])$/;

/** A side's text without the source link at its end; the link, if there was one. */
function splitLink(text: string): { text: string; link: string } {
  const m = LINK_AT_END.exec(text);
  return m ? { text: text.slice(0, m.index), link: m[1] } : { text, link: "" };
}

/** As the review shows it: `\:` and `\?` are a colon and a question mark, cloze markup is plain. */
const srShown = (text: string) =>
  text
    .replace(/\\([:?])/g, "$1")
    .replace(/<span style='color:#2196f3'>\[\.\.\.\]<\/span>/g, "[...]")
    .replace(/<span style='color:#2196f3'>([\s\S]*?)<\/span>/g, "$1");

/** As Anki shows a field: a line's leading spaces are not shown. */
const ankiShown = (text: string) => text.split("\n").map((l) => l.trimStart()).join("\n");

function shown(question: string, answer: string): ShownCard {
  const q = splitLink(question);
  const a = splitLink(answer);
  return { question: q.text, answer: a.text, link: a.link || q.link };
}

export function readBack(format: QuizFormatName, text: string): ReadBack {
  if (format === "spaced-repetition") {
    const cards = readSpacedRepetition(text);
    return {
      cards: cards.flatMap((c) => c.sides.map((s) => (c.type === "Cloze" ? { ...shown(srShown(s.front), ""), answer: srShown(s.back).replace(LINK_AT_END, "") } : shown(srShown(s.front), srShown(s.back))))),
      decks: cards.flatMap((c) => c.sides.map(() => c.decks?.join(" ") ?? null)),
      review: cards.flatMap((c) => c.sides.map((s) => (s.schedule ? [s.schedule] : null))),
    };
  }
  if (format === "anki") {
    const file = readAnki(text, []);
    const notes = file.notes.filter((n) => n.status !== "ignored: unknown note type");
    return {
      cards: notes.map((n) => {
        if (n.noteType !== "Cloze") return shown(ankiShown(n.fields.Front), ankiShown(n.fields.Back));
        const textField = ankiShown(n.fields.Text);
        const hidden = /\{\{c1::([\s\S]+?)\}\}/.exec(textField)?.[1] ?? "";
        return { question: textField.replace(/\{\{c1::[\s\S]+?\}\}/, "[...]"), answer: hidden, link: n.fields["Back Extra"] };
      }),
      decks: notes.map((n) => n.deck),
      review: notes.map((n) => n.id),
    };
  }
  const cards = readCallouts(text);
  return { cards: cards.map((c) => shown(c.question, c.answer)), decks: cards.map(() => null), review: cards.map(() => null) };
}

/** What a card is meant to show in a format. */
export function intended(card: Card, format: QuizFormatName): ShownCard {
  if (!card.cloze) return { question: card.front, answer: card.back, link: card.link };
  const { text, hidden, at } = card.cloze;
  if (format === "callout") return { question: `Fill in the blank: ${text.slice(0, at)}_____${text.slice(at + hidden.length)}`, answer: hidden, link: card.link };
  const blanked = `${text.slice(0, at)}[...]${text.slice(at + hidden.length)}`;
  return format === "anki" ? { question: blanked, answer: hidden, link: card.link } : { question: blanked, answer: text, link: card.link };
}
