/**
 * SPEC §6, on real notes: every card of every quiz note generated for `examples/vault` and the
 * real-vault corpus, in each format and with every card kind, is read back by the oracle-faithful
 * readers (what the review plugins' own parsers do) exactly as it was meant: nothing lost,
 * merged, split or cut short, each card under its deck. `READBACK_COUNTS=1` prints the counts.
 */
import * as path from "path";
import { ALL_CARD_KINDS, DEFAULT_CARD_KINDS, type CardKind } from "../../src/core/quiz/card";
import type { QuizFormatName } from "../../src/core/quiz/formats/quiz-format";
import { buildQuizNote, noteCards, noteTarget, type QuizSettings } from "../../src/core/quiz/quiz-note";
import { indexOf } from "../helpers/index";
import { intended, readBack } from "../helpers/readers/read-back";
import { CORPUS_DIR, corpusPresent, EXAMPLE_VAULT, readVault } from "../helpers/shared";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

const FORMATS: QuizFormatName[] = ["spaced-repetition", "anki", "callout"];
const vaults: [string, string][] = [["examples/vault", EXAMPLE_VAULT]];
if (corpusPresent) vaults.push(["corpus", path.join(CORPUS_DIR, "notes")]);

describe.each(vaults)("%s", (_name, root) => {
  // Read by the first test that needs it, not while Jest collects the tests: a mutation run counts
  // only what a test runs (once per vault: the corpus takes a while to read).
  let read: IndexSnapshot | undefined;
  const vault = () => (read ??= indexOf(readVault(root)).snapshot());

  test.each(FORMATS.flatMap((f) => [[f, "every kind"], [f, "default kinds"]] as const))("%s, %s: every card is read as meant", (format, which) => {
    const kinds: CardKind[] = which === "every kind" ? [...ALL_CARD_KINDS] : [...DEFAULT_CARD_KINDS];
    const settings: QuizSettings = { folder: "Incubator quizzes", format, deck: "Incubator", kinds };
    const snapshot = vault();
    let meant = 0;
    let readAsMeant = 0;
    for (const note of snapshot.notes) {
      const target = noteTarget(note, snapshot, settings);
      const text = buildQuizNote(null, target, snapshot, settings).text;
      const cards = noteCards(note, snapshot, settings);
      const back = readBack(format, text);
      expect({ note: note.path, cards: back.cards }).toEqual({ note: note.path, cards: cards.map((c) => intended(c, format)) });
      if (format !== "callout") expect(back.decks.every((d) => d !== null && d.toLowerCase().includes("incubator"))).toBe(true);
      meant += cards.length;
      readAsMeant += back.cards.length;
    }
    expect(meant).toBeGreaterThan(0);
    if (process.env.READBACK_COUNTS === "1") console.log(`${_name} ${format} ${which}: ${meant} cards meant, ${readAsMeant} read as meant`);
  });
});
