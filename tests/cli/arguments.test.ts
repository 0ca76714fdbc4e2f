/**
 * The CLI's arguments as a user types them: option forms, values it refuses, and notes named
 * by a typo. Each expectation is what the user reads on stdout or stderr.
 */
import { cli } from "../helpers/cli";
import { EXAMPLE_VAULT } from "../helpers/shared";
import { tempVault } from "../helpers/temp-vault";

const idea = (term: string) => `#incubator\nupstream: [[Top]]\n\n**${term}** is a thing worth knowing.\n`;

describe("option forms", () => {
  test("--name=value and --name value are the same option", async () => {
    const spaced = await cli("summary", EXAMPLE_VAULT, "--tag", "incubator", "--max-note-bytes", "100000");
    expect(spaced.code).toBe(0);
    expect(await cli("summary", EXAMPLE_VAULT, "--tag=incubator", "--max-note-bytes=100000")).toEqual(spaced);
  });

  test("an option at the end with no value says so", async () => {
    expect(await cli("summary", EXAMPLE_VAULT, "--tag")).toMatchObject({ code: 2, stdout: "" });
    expect((await cli("summary", EXAMPLE_VAULT, "--tag")).stderr).toContain("--tag needs a value");
  });

  test("a flag given a value is refused as unknown, naming the flag", async () => {
    const run = await cli("quiz", EXAMPLE_VAULT, "--all", "--dry-run=yes");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain("unknown option --dry-run");
  });

  test("an empty value after = is a value, checked as any other", async () => {
    expect((await cli("summary", EXAMPLE_VAULT, "--tag=")).stderr).toContain("invalid tag:  (letters, digits, _, - and / only)");
  });

  test("`--` alone is taken as a name, not as an option", async () => {
    const run = await cli("summary", EXAMPLE_VAULT, "--");
    expect(run.stderr).not.toContain("unknown option");
  });
});

describe("--max-note-bytes takes a whole number of bytes above zero", () => {
  test.each(["0", "-5", "12abc", "abc12", "1e3", "1.5"])("%s is refused", async (value) => {
    const run = await cli("summary", EXAMPLE_VAULT, "--max-note-bytes", value);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain(`invalid --max-note-bytes: ${value}`);
  });

  test("a limit under a note's size skips that note and says so", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "Small.md": idea("Small"), "Big.md": idea(`Big ${"x".repeat(200)}`) });
    const run = await cli("summary", vault, "--max-note-bytes", "150");
    expect(run.stdout).toContain("Small.md");
    expect(run.stdout).not.toContain("Big.md");
    expect(run.stderr).toContain("incubator: skipped Big.md:");
  });
});

describe("--upstream-keys", () => {
  test("keys are split on commas, trimmed, and empty ones dropped", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "Idea.md": "#incubator\nparent: [[Top]]\n\n**Idea** is a thing.\n" });
    const run = await cli("summary", vault, "--json", "--upstream-keys", " north , parent ,,");
    const [note] = (JSON.parse(run.stdout) as { notes: { upstream: { link: string }[] }[] }).notes;
    expect(note.upstream.map((u) => u.link)).toEqual(["Top"]);
  });

  test("keys that are all empty are refused", async () => {
    const run = await cli("summary", EXAMPLE_VAULT, "--upstream-keys", " , ");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain("--upstream-keys needs at least one key");
  });
});

describe("a note named by a typo", () => {
  const vault = () =>
    tempVault({
      "Top.md": "# Top\n",
      "A/Cache.md": idea("Cache"),
      "B/Cache.md": idea("Cache"),
      "Caches.md": idea("Caches"),
      "Cachet.md": idea("Cachet"),
      "Catch.md": idea("Catch"),
      "Batch.md": idea("Batch"),
      "Plain.md": "# Plain\n",
    });

  test("a name two incubator notes share asks for the path, naming both", async () => {
    const run = await cli("quiz", vault(), "Cache", "--dry-run");
    expect(run.stderr).toContain('"Cache" names 2 incubator notes: A/Cache.md, B/Cache.md; give its path');
  });

  test("the closest incubator notes are offered, nearest first, then by path, at most three", async () => {
    const run = await cli("quiz", vault(), "Cachex", "--dry-run");
    // Caches and Cachet are one edit away, the two Cache notes one too; Catch is two.
    expect(run.stderr).toContain('no note "Cachex" in the vault; closest incubator notes: A/Cache.md, B/Cache.md, Caches.md (see');
  });

  test("nearer names come first even when their path sorts later", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "Aa/Bat.md": idea("Bat"), "Batch.md": idea("Batch") });
    expect((await cli("quiz", vault, "Batcz", "--dry-run")).stderr).toContain("closest incubator notes: Batch.md, Aa/Bat.md (see");
  });

  test("a name that is no incubator note, though notes of that name exist, names them all", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "A/Plain.md": "# A\n", "B/Plain.md": "# B\n", "Idea.md": idea("Idea") });
    expect((await cli("quiz", vault, "Plain", "--dry-run")).stderr).toContain("not an incubator note: A/Plain.md, B/Plain.md");
  });

  test("a short name is offered names at most two edits away", async () => {
    const run = await cli("quiz", vault(), "Bxtcx", "--dry-run");
    expect(run.stderr).toContain('no note "Bxtcx" in the vault; closest incubator notes: Batch.md (see');
  });

  test("a name far from every note offers none", async () => {
    const run = await cli("quiz", vault(), "Kubernetes", "--dry-run");
    expect(run.stderr).toContain('no note "Kubernetes" in the vault (see');
  });

  test("the extension may be written in any case", async () => {
    const run = await cli("quiz", vault(), "Caches.MD", "--dry-run");
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain("Caches quiz.md");
  });

  test("a note without the tag is named as such", async () => {
    expect((await cli("quiz", vault(), "Plain", "--dry-run")).stderr).toContain("not an incubator note: Plain.md");
  });
});

describe("what summary and check say of a vault", () => {
  test("a vault with no note carrying the tag says so, naming the tag it looked for", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "Idea.md": idea("Idea") });
    expect((await cli("summary", vault, "--tag", "sprout")).stdout).toBe("No notes tagged #sprout.\n");
  });

  test("check counts the notes that have problems, not the problems", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "Fine.md": idea("Fine"), "Bare.md": "#incubator\n", "Empty.md": "#incubator\nupstream: \n" });
    const run = await cli("check", vault);
    const lines = run.stdout.trimEnd().split("\n");
    const problems = lines.length - 1;
    expect(problems).toBeGreaterThanOrEqual(3);
    expect(lines[lines.length - 1]).toBe(`${problems} problems in 2 notes of 3.`);
  });
});
