/** SPEC §8: `quiz` and `overview` write review notes into the vault, and only there. */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { cli } from "../helpers/cli";
import { listFiles, readIn, tempVault } from "../helpers/temp-vault";

const SEED = "AWS/EC2 Instance Storage.md";

describe("incubator quiz", () => {
  test("writes one quiz note for a note, then finds nothing to change", async () => {
    const vault = tempVault();
    const before = listFiles(vault);
    expect(await cli("quiz", vault, SEED)).toMatchObject({ code: 0, stdout: "created: Incubator quizzes/EC2 Instance Storage quiz.md (23 cards)\n", stderr: "" });
    expect(listFiles(vault)).toEqual([...before, "Incubator quizzes/EC2 Instance Storage quiz.md"].sort());
    expect(readIn(vault, "Incubator quizzes/EC2 Instance Storage quiz.md")).toContain("#flashcards/incubator/ec2");
    expect((await cli("quiz", vault, SEED)).stdout).toBe("unchanged: Incubator quizzes/EC2 Instance Storage quiz.md (23 cards)\n");
  });

  test("--upstream writes the group's quiz; --format and --out", async () => {
    const vault = tempVault();
    const run = await cli("quiz", vault, "--upstream", "ec2", "--format", "anki", "--out", "Review/Cards");
    expect(run).toMatchObject({ code: 0, stdout: "created: Review/Cards/EC2 quiz.md (37 cards)\n" });
    const text = readIn(vault, "Review/Cards/EC2 quiz.md");
    expect(text).toContain("TARGET DECK\nIncubator::EC2\n");
    expect(text).toContain('sources:\n  - "[[EC2 Auto Scaling]]"\n  - "[[EC2 Instance Storage]]"\n');
  });

  test("a note that gives no card gets no quiz note, and the report says so", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "Thin.md": "#incubator\nupstream: [[Top]]\n\nJust a thought, nothing defined yet.\n" });
    const before = listFiles(vault);
    expect(await cli("quiz", vault, "Thin.md", "--dry-run")).toMatchObject({ code: 0, stdout: "no cards, would not create: Incubator quizzes/Thin quiz.md\nDry run: nothing was written.\n" });
    expect(await cli("quiz", vault, "Thin.md")).toMatchObject({ code: 0, stdout: "no cards, not created: Incubator quizzes/Thin quiz.md\n" });
    expect(listFiles(vault)).toEqual(before);
  });

  test("notes whose names make one file name get one quiz note each, named by folder, and twice changes nothing", async () => {
    const idea = (term: string) => `#incubator\nupstream: [[Top]]\n\n**${term}** is a thing worth knowing.\n`;
    const vault = tempVault({ "Top.md": "# Top\n", "A/X.md": idea("Alpha"), "B/X.md": idea("Beta"), "Lang/C#.md": idea("Sharp"), "Lang/C.md": idea("Plain"), "Sub/Y.md": idea("Upper"), "sub/Y.md": idea("Lower") });
    const first = await cli("quiz", vault, "--all");
    expect(first.code).toBe(0);
    const quizzes = listFiles(vault).filter((f) => f.startsWith("Incubator quizzes/"));
    expect(quizzes).toHaveLength(6);
    expect(new Set(quizzes.map((q) => q.toLowerCase())).size).toBe(6);
    expect(quizzes).toEqual(expect.arrayContaining(["Incubator quizzes/X (A) quiz.md", "Incubator quizzes/X (B) quiz.md"]));
    // Each holds its own note's card, and names its source by path.
    expect(readIn(vault, "Incubator quizzes/X (A) quiz.md")).toContain('sources:\n  - "[[A/X]]"\n');
    expect(readIn(vault, "Incubator quizzes/X (A) quiz.md")).toContain("What is Alpha?");
    expect(readIn(vault, "Incubator quizzes/X (B) quiz.md")).toContain("What is Beta?");
    const again = await cli("quiz", vault, "--all");
    expect(again.stdout.split("\n").filter((l) => l).every((l) => l.startsWith("unchanged: "))).toBe(true);
  });

  test("a quiz note that belongs to another note is left alone, not merged into", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "Idea.md": "#incubator\nupstream: [[Top]]\n\n**Idea** is a thing worth knowing.\n" });
    const theirs = '---\nsources:\n  - "[[Other]]"\n---\n# Idea quiz\n\n%% incubator:start %%\n<!--incubator:abc:00000000-->\n\nWhat is Other?::Another note.\n<!--SR:!2026-12-01,3,250-->\n%% incubator:end %%\n';
    mkdirSync(path.join(vault, "Incubator quizzes"));
    writeFileSync(path.join(vault, "Incubator quizzes", "Idea quiz.md"), theirs);
    const run = await cli("quiz", vault, "Idea");
    expect(run).toMatchObject({ code: 1, stdout: "the quiz note of other notes, left alone: Incubator quizzes/Idea quiz.md\n" });
    expect(readIn(vault, "Incubator quizzes/Idea quiz.md")).toBe(theirs);
  });

  test("--all --dry-run says what it would write and writes nothing", async () => {
    const vault = tempVault();
    const before = listFiles(vault);
    const run = await cli("quiz", vault, "--all", "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(17);
    expect(run.stdout.endsWith("Dry run: nothing was written.\n")).toBe(true);
    expect(run.stdout).toContain("would create: Incubator quizzes/EC2 Instance Storage quiz.md (23 cards)");
    expect(listFiles(vault)).toEqual(before);
  });

  test("keeps review data and the user's edits across runs, and leaves no temporary files", async () => {
    const vault = tempVault();
    await cli("quiz", vault, SEED);
    const file = path.join(vault, "Incubator quizzes/EC2 Instance Storage quiz.md");
    const text = readIn(vault, "Incubator quizzes/EC2 Instance Storage quiz.md").replace(/(What is EBS Snapshots\?::[^\n]*\n)/, "$1<!--SR:!2026-12-01,3,250-->\n");
    writeFileSync(file, text + "\nMy closing thoughts.\n");
    expect((await cli("quiz", vault, SEED)).stdout).toBe("unchanged: Incubator quizzes/EC2 Instance Storage quiz.md (23 cards)\n");
    expect(readIn(vault, "Incubator quizzes/EC2 Instance Storage quiz.md")).toBe(text + "\nMy closing thoughts.\n");
    expect(listFiles(vault).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  test.each([
    ["a folder outside the vault", ["--all", "--out", "../outside"], /^incubator: the quiz folder "\.\.\/outside" points outside the vault\n$/],
    ["an absolute folder", ["--all", "--out", "/tmp/x"], /must be inside the vault/],
    ["a note that is not an incubator note", ["AWS/EC2.md"], /^incubator: not an incubator note: AWS\/EC2\.md/],
    ["no target", [], /name notes, or give --upstream NAME, or --all/],
    ["two targets", [SEED, "--all"], /name notes, or give --upstream NAME, or --all/],
    ["an unknown upstream", ["--upstream", "Nowhere"], /no incubator notes under the upstream "Nowhere"/],
    ["an unknown format", ["--all", "--format", "mnemosyne"], /unknown format: mnemosyne/],
    ["an unknown card kind", ["--all", "--kinds", "definition,riddle"], /unknown card kind: riddle \(kinds: definition, reversed, cloze, question, comparison, subject, aspect, choice, point-list, step-order, point\)/],
  ])("refuses %s with exit 2 and writes nothing", async (_name, args, message) => {
    const vault = tempVault();
    const before = listFiles(vault);
    const run = await cli("quiz", vault, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(listFiles(vault)).toEqual(before);
  });
});

describe("incubator overview", () => {
  test.each(["", ".", "x/..", "Reviews/.md", ".hidden"])("--out %j names no note: exit 2, nothing written", async (out) => {
    const vault = tempVault();
    const before = listFiles(vault);
    const run = await cli("overview", vault, "--out", out);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/names no note/);
    expect(listFiles(vault)).toEqual(before);
  });

  test("writes the overview note, then finds nothing to change", async () => {
    const vault = tempVault();
    expect(await cli("overview", vault)).toMatchObject({ code: 0, stdout: "created: Incubator overview.md\n" });
    expect(readIn(vault, "Incubator overview.md")).toContain("## [[AWS/EC2|EC2]]");
    expect((await cli("overview", vault)).stdout).toBe("unchanged: Incubator overview.md\n");
    expect(await cli("overview", vault, "--out", "Reviews/All ideas", "--dry-run")).toMatchObject({ code: 0, stdout: "would create: Reviews/All ideas.md\nDry run: nothing was written.\n" });
    expect((await cli("overview", vault, "--out", "../x.md")).code).toBe(2);
  });
});
