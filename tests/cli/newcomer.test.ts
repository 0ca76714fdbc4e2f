/** SPEC §8, as a new user meets the CLI: help, version, errors that explain, note names, progress. */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { cli, cliOn } from "../helpers/cli";
import { Progress } from "../../src/cli/progress";
import { listFiles, tempVault } from "../helpers/temp-vault";
import { EXAMPLE_VAULT } from "../helpers/shared";

const VERSION = (JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string }).version;

describe("help and version", () => {
  test("--help prints the usage on stdout, exit 0; a bare run prints it on stderr, exit 2", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const run = await cli(...args);
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect(run.stdout).toMatch(/^Usage: incubator <command> <vault> \[options\]/);
    }
    const bare = await cli();
    expect(bare).toMatchObject({ code: 2, stdout: "" });
    expect(bare.stderr).toMatch(/^Usage: incubator/);
  });

  test.each(["summary", "check", "quiz", "overview", "promote"])("%s --help (and help %s) says what the command does and its options", async (name) => {
    const run = await cli(name, "--help");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(new RegExp(`^Usage: incubator ${name} <vault>`));
    expect(run.stdout).toContain("--max-note-bytes N");
    expect((await cli("help", name)).stdout).toBe(run.stdout);
    // --help wins over everything else on the line, a missing vault included.
    expect((await cli(name, "/nonexistent", "--bogus", "--help")).stdout).toBe(run.stdout);
  });

  test("the general help lists every command with what it does; a command's help opens with that as a sentence", async () => {
    const general = (await cli("--help")).stdout;
    expect(general).toContain("Commands:\n  summary <vault> [--json]\n      incubator notes grouped by upstream,");
    expect(general).toContain("\n  check <vault> [--json]\n      problems only; exit 1 when any note has one\n");
    expect(general).toContain("\n  overview <vault> [--out FILE] [--dry-run]\n      write the incubator overview note\n");
    expect((await cli("overview", "--help")).stdout).toContain("\n\nWrite the incubator overview note.\n\n");
    expect((await cli("check", "--help")).stdout).toContain("\n\nProblems only; exit 1 when any note has one.\n\n");
  });

  test("quiz --help lists the formats and the card kinds with the default set", async () => {
    const { stdout } = await cli("quiz", "--help");
    expect(stdout).toContain("spaced-repetition, anki, callout");
    expect(stdout).toContain("definition, reversed, cloze, question, comparison, subject, aspect, choice");
    expect(stdout).toContain("(default: definition, cloze, question, comparison, subject, aspect, point-list, step-order, point)");
  });

  test("check --help describes the output check prints", async () => {
    const help = (await cli("check", "--help")).stdout;
    expect(help).toContain('"path:line: code: message"');
    expect(help).toContain('"N problems in M notes of T."');
    const lines = (await cli("check", EXAMPLE_VAULT)).stdout.trimEnd().split("\n");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[^:]+\.md:\d+: [a-z-]+: .+$/);
    expect(lines[lines.length - 1]).toMatch(/^\d+ problems? in \d+ notes? of \d+\.$/);
  });

  test("--version prints the package's version, in-process and built", async () => {
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    const child = spawnSync(process.execPath, [path.resolve(__dirname, "../../dist/cli.js"), "--version"], { encoding: "utf8" });
    expect(child.stdout).toBe(`${VERSION}\n`);
  });

  test("an unknown command, format or card kind is refused on stderr with the values there are", async () => {
    expect((await cli("sumary", EXAMPLE_VAULT)).stderr).toContain("(commands: summary, check, quiz, overview, promote)");
    expect((await cli("quiz", EXAMPLE_VAULT, "--all", "--format", "x")).stderr).toContain("(spaced-repetition, anki or callout)");
    const kinds = await cli("quiz", EXAMPLE_VAULT, "--all", "--kinds", "x");
    expect(kinds).toMatchObject({ code: 2, stdout: "" });
    expect(kinds.stderr).toContain("(kinds: definition, reversed, cloze, question, comparison, subject, aspect, choice, point-list, step-order, point) (see incubator quiz --help)");
  });
});

describe("<note> arguments, as Obsidian's switcher and links take them", () => {
  const would = "would create: Incubator quizzes/EC2 Instance Storage quiz.md (23 cards)\nDry run: nothing was written.\n";
  test.each(["AWS/EC2 Instance Storage.md", "AWS/EC2 Instance Storage", "EC2 Instance Storage", "ec2 instance storage", "[[EC2 Instance Storage]]", "[[AWS/EC2 Instance Storage|storage]]", "[[EC2 Instance Storage#EBS]]"])(
    "%s",
    async (given) => {
      expect(await cli("quiz", EXAMPLE_VAULT, given, "--dry-run")).toEqual({ code: 0, stdout: would, stderr: "" });
    },
  );

  test("a typo is refused with the closest incubator notes", async () => {
    const run = await cli("quiz", EXAMPLE_VAULT, "EC2 Instanse Storage");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe('incubator: no note "EC2 Instanse Storage" in the vault; closest incubator notes: AWS/EC2 Instance Storage.md (see incubator quiz --help)\n');
  });

  test("a plain note is named as not an incubator note, by its path", async () => {
    expect((await cli("promote", EXAMPLE_VAULT, "EC2")).stderr).toBe("incubator: not an incubator note: AWS/EC2.md (see incubator promote --help)\n");
  });

  test("a name two incubator notes share is refused with both paths", async () => {
    const vault = tempVault({ "Top.md": "# Top\n", "A/Idea.md": "#incubator\nupstream: [[Top]]\n\n**Idea** is one.\n", "B/Idea.md": "#incubator\nupstream: [[Top]]\n\n**Idea** is two.\n" });
    const run = await cli("promote", vault, "Idea", "--dry-run");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe('incubator: "Idea" names 2 incubator notes: A/Idea.md, B/Idea.md; give its path (see incubator promote --help)\n');
    expect((await cli("promote", vault, "B/Idea", "--dry-run")).code).toBe(0);
  });
});

describe("dry runs say that nothing was written", () => {
  test.each([
    ["quiz", ["--all"]],
    ["overview", []],
    ["promote", ["--ready"]],
  ])("%s --dry-run", async (command, args) => {
    const vault = tempVault();
    const before = listFiles(vault);
    const run = await cli(command, vault, ...args, "--dry-run");
    expect(run.stdout.endsWith("Dry run: nothing was written.\n")).toBe(true);
    expect(listFiles(vault)).toEqual(before);
  });
});

describe("progress", () => {
  /** A clock that moves on by `step` ms each time it is read. */
  const clock = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  test("nothing on stderr when it is not a terminal, however long the run", async () => {
    const run = await cliOn({ isTTY: false, now: clock(1000) }, "summary", EXAMPLE_VAULT, "--json");
    expect(run.stderr).toBe("");
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  test("on a terminal, nothing for a run under a second", async () => {
    expect((await cliOn({ isTTY: true, now: () => 0 }, "summary", EXAMPLE_VAULT)).stderr).toBe("");
  });

  test("on a terminal, a long run shows the listing and then the notes read, and clears the line at the end", async () => {
    const run = await cliOn({ isTTY: true, now: clock(150) }, "summary", EXAMPLE_VAULT, "--json");
    expect(run.stderr).toMatch(/Listing the vault: \d+ files and folders/);
    expect(run.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });
});

describe("the progress line's pace", () => {
  /** A clock that gives these readings in turn. */
  const readings = (...times: number[]) => () => times.shift() as number;

  test("on a terminal: nothing before a full second, then at most one line per tenth of a second", () => {
    let stderr = "";
    const progress = new Progress({ stdout: () => undefined, stderr: (t) => (stderr += t), isTTY: true }, readings(5000, 5999, 6000, 6099, 6100));
    for (const text of ["at 999 ms", "at 1000 ms", "at 1099 ms", "at 1100 ms"]) progress.update(text);
    progress.done();
    expect(stderr).toBe("\r\x1b[Kat 1000 ms\r\x1b[Kat 1100 ms\r\x1b[K");
  });
});
