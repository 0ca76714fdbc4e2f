/** What a quiz run says for each note, and where each quiz note goes. */
import { quizPath, safeFileName } from "../../src/core/quiz/quiz-note";
import { describeOutcome, type WriteOutcome } from "../../src/core/quiz/quiz-service";

const outcome = (status: WriteOutcome["status"], extra: Partial<WriteOutcome> = {}): WriteOutcome => ({ path: "Q/Idea quiz.md", status, retired: 0, edited: 0, ...extra });

describe("what a quiz run says", () => {
  test.each([
    [outcome("created", { cards: 1 }), false, "created: Q/Idea quiz.md (1 card)"],
    [outcome("created", { cards: 3 }), true, "would create: Q/Idea quiz.md (3 cards)"],
    [outcome("updated", { cards: 0, edited: 2, retired: 1 }), false, "updated: Q/Idea quiz.md (0 cards, 2 edited kept, 1 retired)"],
    [outcome("updated", { edited: 1 }), true, "would update: Q/Idea quiz.md (1 edited kept)"],
    [outcome("unchanged"), false, "unchanged: Q/Idea quiz.md"],
    [outcome("unchanged"), true, "unchanged: Q/Idea quiz.md"],
    [outcome("conflict", { cards: 2 }), false, "changed meanwhile, skipped: Q/Idea quiz.md (2 cards)"],
    [outcome("conflict"), true, "changed meanwhile, skipped: Q/Idea quiz.md"],
    [outcome("empty"), false, "no cards, not created: Q/Idea quiz.md"],
    [outcome("empty"), true, "no cards, would not create: Q/Idea quiz.md"],
    [outcome("foreign"), false, "the quiz note of other notes, left alone: Q/Idea quiz.md"],
  ])("%j, dry run %s", (o, dryRun, line) => {
    expect(describeOutcome(o, dryRun)).toBe(line);
  });

  test("a run is not a dry run unless it says so", () => {
    expect(describeOutcome(outcome("created"))).toBe("created: Q/Idea quiz.md");
  });
});

describe("where a quiz note goes", () => {
  test.each([
    ["Quizzes", "Idea", "Quizzes/Idea quiz.md"],
    ["/Quizzes//AWS/", "EC2", "Quizzes/AWS/EC2 quiz.md"],
    ["", "EC2", "EC2 quiz.md"],
    ["Q", 'a/b:c*d?"e"<f>|g#h^i[j]', "Q/a b c d e f g h i j quiz.md"],
    ["Q", "  spaced \t  out  ", "Q/spaced out quiz.md"],
    ["Q", "###", "Q/Untitled quiz.md"],
  ])("folder %j, name %j: %s", (folder, name, path) => {
    expect(quizPath(folder, name)).toBe(path);
  });

  test("a name of allowed characters is kept as it is", () => {
    expect(safeFileName("C++ (2) — ünï, ok!")).toBe("C++ (2) — ünï, ok!");
  });
});
