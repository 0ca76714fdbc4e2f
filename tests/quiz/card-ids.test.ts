/**
 * Card ids keep a card's review history when the note is edited (SPEC §6): an id follows the note
 * and the concept, so edits that leave the concept as it was keep every id, and edits that make
 * another concept give another id.
 */
import { ALL_CARD_KINDS } from "../../src/core/quiz/card";
import { NO_DISTRACTORS } from "../../src/core/quiz/distractors";
import { generateCards } from "../../src/core/quiz/generate-cards";
import type { NoteReport } from "../../src/core/vault/note-report";
import { indexOf } from "../helpers/index";

const idsOf = (text: string, path = "Note.md"): Map<string, string> => {
  const shot = indexOf({ [path]: text, "Top.md": "# Top\n" }).snapshot();
  const note = shot.notes.find((n) => n.path === path) as NoteReport;
  return new Map(generateCards(note, NO_DISTRACTORS, { kinds: [...ALL_CARD_KINDS], distinctCloze: true }).map((c) => [`${c.kind} ${c.front.split("\n")[0].toLowerCase()}`, c.id]));
};

const NOTE = [
  "#incubator",
  "upstream: [[Top]]",
  "",
  "**Instance Store** is temporary block storage attached to the host.",
  "",
  "## Difference between EBS and Instance Store",
  "- **EBS** is network storage that outlives the instance.",
  "- **Durability**: EBS persists; an instance store is lost on stop.",
  "",
  "## Advantages of EBS",
  "- **Snapshots**: backed up to S3 at any time.",
  "- **Resizing**: grows without downtime.",
  "",
  "## Why does an instance store lose its data?",
  "It lives on the host's disks.",
  "",
].join("\n");

describe("what keeps a card's id", () => {
  // Made in beforeEach, not while the tests are collected: a mutation run counts only what a test runs.
  let before!: ReturnType<typeof idsOf>;
  beforeEach(() => {
    before = idsOf(NOTE);
  });
  const sameIds = (edited: string) => expect([...idsOf(edited).values()].sort()).toEqual([...before.values()].sort());

  test("the note gives cards of every kind it has material for", () => {
    expect(new Set([...before.keys()].map((k) => k.split(" ")[0]))).toEqual(new Set(["definition", "reversed", "cloze", "comparison", "subject", "aspect", "point-list", "point", "question"]));
  });

  test("the term written in another case", () => {
    sameIds(NOTE.replace("**Instance Store** is", "**instance store** is").replace("- **Snapshots**:", "- **SNAPSHOTS**:"));
  });

  test("the definition reworded, and lines moved down by text added above", () => {
    sameIds(NOTE.replace("temporary block storage attached to the host", "block storage on the host's own disks").replace("upstream: [[Top]]\n", "upstream: [[Top]]\n\nA line of context.\n"));
  });

  test("trailing spaces and Windows line endings", () => {
    sameIds(NOTE.split("\n").map((l) => (l ? `${l}  ` : l)).join("\r\n"));
  });
});

describe("what gives a card a new id", () => {
  test("another term, another note, another kind", () => {
    const before = idsOf(NOTE);
    const renamed = idsOf(NOTE.replace("**Instance Store** is", "**Ephemeral Store** is"));
    expect(renamed.get("definition what is ephemeral store?")).toBeDefined();
    expect(renamed.get("definition what is ephemeral store?")).not.toBe(before.get("definition what is instance store?"));
    expect(idsOf(NOTE, "Other.md").get("definition what is instance store?")).not.toBe(before.get("definition what is instance store?"));
    const ids = [...before.values()];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("two runs of one kind under one heading keep apart", () => {
    const twice = idsOf(`${NOTE}## Advantages of EBS\n- **Encryption**: at rest and in transit.\n- **Types**: SSD or HDD.\n- **Zones**: one zone each.\n`);
    const lists = [...twice].filter(([k]) => k.startsWith("point-list what are the advantages of ebs?")).map(([, id]) => id);
    expect(lists).toHaveLength(2);
    expect(new Set(lists).size).toBe(2);
  });
});
