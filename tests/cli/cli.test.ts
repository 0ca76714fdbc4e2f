/** SPEC §8: the CLI's commands, JSON contract, exit codes and one-line errors. */
import { spawnSync } from "child_process";
import * as path from "path";
import { verifyApproved } from "../helpers/approval";
import { cli } from "../helpers/cli";
import { EXAMPLE_VAULT, SEED_PATH } from "../helpers/shared";
import { tempVault } from "../helpers/temp-vault";

describe("incubator summary --json", () => {
  let json: {
    tag: string;
    notes: { path: string; [key: string]: unknown }[];
    groups: { upstream: string | null; path: string | null; notes: string[] }[];
  };
  beforeAll(async () => {
    const run = await cli("summary", EXAMPLE_VAULT, "--json");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    json = JSON.parse(run.stdout);
  });

  test("has exactly the keys of the contract, notes sorted by path", () => {
    expect(Object.keys(json)).toEqual(["tag", "notes", "groups"]);
    expect(json.tag).toBe("incubator");
    for (const note of json.notes) {
      expect(Object.keys(note)).toEqual(["path", "title", "upstream", "definitions", "comparisons", "questions", "points", "problems", "ready"]);
    }
    const paths = json.notes.map((n) => n.path);
    expect(paths).toEqual([...paths].sort());
  });

  test("gives the seed note as SPEC §8 shows it", () => {
    const seed = json.notes.find((n) => n.path === "AWS/EC2 Instance Storage.md") as Record<string, unknown>;
    expect(seed).toMatchObject({
      title: "EC2 Instance Storage",
      upstream: [{ link: "EC2", path: "AWS/EC2.md" }],
      ready: false,
      problems: [
        { code: "empty-field", message: expect.any(String), line: 6 },
        { code: "encoding-damage", message: expect.any(String), line: 36 },
      ],
    });
    expect((seed.definitions as unknown[])[0]).toEqual({
      term: "Amazon Machine Images",
      aliases: ["AMIs"],
      text: expect.stringMatching(/^Amazon Machine Images \(AMIs\) serve as the templates/),
      heading: "AMI > Overview",
      line: 13,
    });
    const efs = (seed.comparisons as { heading: string }[]).find((c) => c.heading === "Difference Between EFS, EBS, and S3");
    expect(efs).toEqual({
      heading: "Difference Between EFS, EBS, and S3",
      line: 54,
      subjects: ["EFS", "EBS", "S3"],
      items: [
        { name: "EBS", text: expect.stringMatching(/^EBS is block storage/), line: 55, kind: "subject" },
        { name: "EFS", text: expect.stringMatching(/^EFS is a shared/), line: 57, kind: "subject" },
        { name: "S3", text: expect.stringMatching(/^S3, or Simple Storage Service/), line: 59, kind: "subject" },
      ],
      summary: null,
    });
  });

  test("groups notes under their resolved upstream", () => {
    expect(json.groups).toContainEqual({ upstream: "EC2", path: "AWS/EC2.md", notes: ["AWS/EC2 Auto Scaling.md", "AWS/EC2 Instance Storage.md"] });
    expect(json.groups).toContainEqual({ upstream: "Data Modeling", path: null, notes: ["Databases/SQL vs NoSQL.md"] });
    expect(json.groups[json.groups.length - 1]).toEqual({ upstream: null, path: null, notes: ["Networking/Subnetting.md"] });
  });

  test("leaves out decoys: #incubator-old and a tag only inside code", () => {
    const paths = json.notes.map((n) => n.path);
    expect(paths).not.toContain("Drafts/Old idea.md");
    expect(paths).not.toContain("Drafts/Tag only in code.md");
  });
});

describe("incubator summary (text) and check", () => {
  test("the human-readable summary of examples/vault", async () => {
    const run = await cli("summary", EXAMPLE_VAULT);
    expect(run.code).toBe(0);
    verifyApproved(run.stdout, path.join(__dirname, "summary-examples.approved.txt"));
  });

  test("check lists problems as path:line: code: message and exits 1", async () => {
    const run = await cli("check", EXAMPLE_VAULT);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("AWS/EC2 Instance Storage.md:6: empty-field: ");
    expect(run.stdout).toContain("Networking/Routing.md:2: upstream-cycle: ");
  });

  test("check exits 0 when no note has a problem, and --json lists them", async () => {
    const vault = tempVault({ "Up.md": "# Up", "Idea.md": "#incubator\nupstream: [[Up]]\n\n**Idea** is a thing.\n" });
    expect(await cli("check", vault)).toMatchObject({ code: 0, stdout: "1 incubator note, no problems.\n" });
    expect(JSON.parse((await cli("check", vault, "--json")).stdout)).toEqual([]);
  });

  test("--tag and --upstream-keys", async () => {
    const vault = tempVault({ "Up.md": "# Up", "Idea.md": "#sprout\nnorth: [[Up]]\n\n**Idea** is a thing.\n" });
    const json = JSON.parse((await cli("summary", vault, "--json", "--tag", "#sprout", "--upstream-keys", "north")).stdout);
    expect(json.tag).toBe("sprout");
    expect(json.notes[0].upstream).toEqual([{ link: "Up", path: "Up.md" }]);
  });

  test("dot-folders such as .obsidian and .trash are not read", async () => {
    const vault = tempVault({ ".obsidian/x.md": "#incubator", ".trash/y.md": "#incubator", "z.md": "#incubator\n**Z** is z." });
    expect(JSON.parse((await cli("summary", vault, "--json")).stdout).notes.map((n: { path: string }) => n.path)).toEqual(["z.md"]);
  });
});

describe("bad usage and unreadable input: exit 2 with one line on stderr", () => {
  const file = SEED_PATH;
  test.each([
    ["no command", [], /^Usage/],
    ["unknown command", ["frobnicate", "x"], /^incubator: unknown command: frobnicate \(commands: summary, check, quiz, overview, promote\) \(see incubator --help\)\n$/],
    ["missing vault", ["summary"], /^incubator: missing <vault> folder/],
    ["no such folder", ["summary", "/nonexistent/vault"], /^incubator: cannot read vault folder: \/nonexistent\/vault/],
    ["a file, not a folder", ["check", file], /^incubator: not a folder: /],
    ["unknown option", ["summary", EXAMPLE_VAULT, "--bogus"], /^incubator: unknown option --bogus/],
    ["option without value", ["summary", EXAMPLE_VAULT, "--tag"], /^incubator: --tag needs a value/],
    ["invalid tag", ["summary", EXAMPLE_VAULT, "--tag", "a b"], /^incubator: invalid tag: a b/],
  ])("%s", async (_name, args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
    if (args.length > 0) {
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  test("a vault with no Markdown notes", async () => {
    const run = await cli("summary", tempVault({ "image.png": "x" }));
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/^incubator: no Markdown notes in /);
  });
});

describe("the built CLI (dist/cli.js)", () => {
  const bin = path.resolve(__dirname, "../../dist/cli.js");
  test("runs under Node with the same output as in-process", async () => {
    const child = spawnSync(process.execPath, [bin, "summary", EXAMPLE_VAULT, "--json"], { encoding: "utf8" });
    expect(child.status).toBe(0);
    expect(child.stdout).toBe((await cli("summary", EXAMPLE_VAULT, "--json")).stdout);
  });

  test("exits 2 with a one-line error for a missing folder", () => {
    const child = spawnSync(process.execPath, [bin, "check", "/nonexistent"], { encoding: "utf8" });
    expect(child.status).toBe(2);
    expect(child.stderr).toBe("incubator: cannot read vault folder: /nonexistent\n");
  });
});
