/** SPEC §8: `promote` prints its plan as a diff, applies it exactly, and refuses what it must. */
import { readFileSync } from "fs";
import * as path from "path";
import { cli } from "../helpers/cli";
import { listFiles, readIn, tempVault } from "../helpers/temp-vault";
import { EXAMPLE_VAULT } from "../helpers/shared";

const SEED = "AWS/EC2 Instance Storage.md";

describe("--to-tag is checked as the plugin's setting is", () => {
  test.each(["]", "x\ny: 1", "foo bar", "a,b", "x]] [[y", "123"])("%j is refused, exit 2, nothing written", async (tag) => {
    const vault = tempVault();
    const before = listFiles(vault).map((f) => [f, readIn(vault, f)]);
    const run = await cli("promote", vault, "--ready", "--to-tag", tag);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/^incubator: invalid --to-tag: /);
    expect(listFiles(vault).map((f) => [f, readIn(vault, f)])).toEqual(before);
  });

  test('"" just removes the incubator tag; "#done/2026" is taken without its #', async () => {
    expect((await cli("promote", tempVault(), "--ready", "--to-tag", "", "--dry-run")).code).toBe(0);
    const run = await cli("promote", tempVault(), "--ready", "--to-tag", "#done/2026", "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("#done/2026");
  });
});

describe("incubator promote", () => {
  test("the seed with --force changes only line 1, #incubator → #evergreen", async () => {
    const vault = tempVault();
    const run = await cli("promote", vault, SEED, "--force");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("@@ line 1: #incubator → #evergreen\n-#incubator \n+#evergreen \n");
    const before = readFileSync(path.join(EXAMPLE_VAULT, SEED), "utf8");
    const after = readIn(vault, SEED);
    expect(after).toBe(before.replace(/^#incubator /, "#evergreen "));
    expect(after.split("\n").filter((line, i) => line !== before.split("\n")[i])).toEqual(["#evergreen "]);
  });

  test("a note that is not ready is refused with its failing checks (exit 1), nothing written", async () => {
    const vault = tempVault();
    const before = listFiles(vault).map((f) => readIn(vault, f));
    const run = await cli("promote", vault, SEED);
    expect(run).toMatchObject({ code: 1, stdout: "skip AWS/EC2 Instance Storage.md: not ready: empty-field, encoding-damage\n" });
    expect(listFiles(vault).map((f) => readIn(vault, f))).toEqual(before);
  });

  test("--ready --dry-run prints the plan for every ready note and writes nothing", async () => {
    const vault = tempVault();
    const before = listFiles(vault).map((f) => readIn(vault, f));
    const run = await cli("promote", vault, "--ready", "--dry-run", "--link-upstream", "--move-to", "Evergreen");
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^promote /gm)).toHaveLength(11);
    expect(run.stdout).toContain("move AWS/EC2 Auto Scaling.md → Evergreen/EC2 Auto Scaling.md");
    expect(run.stdout).toContain("--- AWS/EC2.md\n+++ AWS/EC2.md\n@@ line 11: add Promoted with EC2 Auto Scaling\n+\n+## Promoted\n+- [[EC2 Auto Scaling]]\n");
    expect(listFiles(vault).map((f) => readIn(vault, f))).toEqual(before);
  });

  test("--move-to moves the note, never onto an existing file, and --to-tag names the next tag", async () => {
    const vault = tempVault();
    const run = await cli("promote", vault, "Networking/TCP vs UDP.md", "--move-to", "Evergreen/Networking", "--to-tag", "#sapling");
    expect(run.code).toBe(0);
    expect(readIn(vault, "Evergreen/Networking/TCP vs UDP.md").startsWith("#sapling\n")).toBe(true);
    expect(listFiles(vault)).not.toContain("Networking/TCP vs UDP.md");
    const second = await cli("promote", vault, "Networking/DNS Resolution.md", "--move-to", "Networking");
    expect(second.code).toBe(0);
    expect(readIn(vault, "Networking/DNS Resolution.md").startsWith("#evergreen\n")).toBe(true);
  });

  test("refusals: a target that exists, a folder outside the vault, no notes named", async () => {
    const vault = tempVault({ "Up.md": "# Up", "Idea.md": "#incubator\nupstream: [[Up]]\n\n**Idea** is a thing.\n", "Done/Idea.md": "mine\n" });
    const exists = await cli("promote", vault, "Idea.md", "--move-to", "Done");
    expect(exists).toMatchObject({ code: 1, stdout: "skip Idea.md: Done/Idea.md already exists\n" });
    expect(readIn(vault, "Done/Idea.md")).toBe("mine\n");
    expect(readIn(vault, "Idea.md").startsWith("#incubator")).toBe(true);
    const outside = await cli("promote", vault, "Idea.md", "--move-to", "../x");
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/points outside the vault/);
    expect((await cli("promote", vault)).stderr).toMatch(/name notes, or give --ready/);
  });

  test("a move names the links it would break, in the preview and when applied", async () => {
    const vault = tempVault({
      "Topic.md": "# Topic\n[[Idea]] by name\n[[Incubator/Idea]] by path\n[the idea](Incubator/Idea.md)\n",
      "Incubator/Idea.md": "#incubator\nupstream: [[Topic]]\n\n**Idea** is a thing.\n",
      "Incubator/Other.md": "#incubator\nupstream: [[Topic]]\n\n**Other** is a thing.\n",
      "Plain.md": "[[Other]] by name only\n",
    });
    const warning = [
      "2 links would lead elsewhere after the move:",
      "  Topic.md:3: Incubator/Idea leads to Incubator/Idea.md now, to nothing after the move",
      "  Topic.md:4: Incubator/Idea.md leads to Incubator/Idea.md now, to nothing after the move",
      "(--update-links rewrites them)",
      "",
    ].join("\n");
    const preview = await cli("promote", vault, "Incubator/Idea.md", "--move-to", "Evergreen", "--dry-run");
    expect(preview.code).toBe(0);
    expect(preview.stdout.endsWith(`move Incubator/Idea.md → Evergreen/Idea.md\n${warning}Dry run: nothing was written.\n`)).toBe(true);
    const run = await cli("promote", vault, "Incubator/Idea.md", "--move-to", "Evergreen");
    expect(run.stdout).toContain(warning);
    expect(listFiles(vault)).toContain("Evergreen/Idea.md");
    const byName = await cli("promote", vault, "Incubator/Other.md", "--move-to", "Evergreen", "--dry-run");
    expect(byName.stdout).toContain("move Incubator/Other.md → Evergreen/Other.md");
    expect(byName.stdout).not.toContain("would lead elsewhere");
  });

  test("--update-links rewrites exactly the links the move would break, shown in the preview", async () => {
    const topic = "# Topic\r\n[[Idea]] by name  \r\n[[Incubator/Idea#Part|the idea]] by path\r\n[it](Incubator/Idea.md)\r\n";
    const vault = tempVault({ "Topic.md": topic, "Incubator/Idea.md": "#incubator\nupstream: [[Topic]]\n\n**Idea** is a thing.\n" });
    const preview = await cli("promote", vault, "Incubator/Idea.md", "--move-to", "Evergreen", "--update-links", "--dry-run");
    expect(preview.stdout).toContain("--- Topic.md\n+++ Topic.md\n@@ line 3: link to Evergreen/Idea.md\n-[[Incubator/Idea#Part|the idea]] by path\n+[[Evergreen/Idea#Part|the idea]] by path\n");
    expect(preview.stdout).not.toContain("would lead elsewhere");
    expect(readIn(vault, "Topic.md")).toBe(topic);
    const run = await cli("promote", vault, "Incubator/Idea.md", "--move-to", "Evergreen", "--update-links");
    expect(run.code).toBe(0);
    expect(readIn(vault, "Topic.md")).toBe(topic.replace("[[Incubator/Idea#", "[[Evergreen/Idea#").replace("(Incubator/Idea.md)", "(Evergreen/Idea.md)"));
    expect(readIn(vault, "Evergreen/Idea.md").startsWith("#evergreen\n")).toBe(true);
  });

  test("a relative link from a moved note to an attachment is checked and rewritten too", async () => {
    const idea = "#incubator\nupstream: [[Topic]]\n\n**Idea** is a thing.\n\n![chart](../img/chart.png)\n";
    const vault = tempVault({ "Topic.md": "# Topic\n", "img/chart.png": "not really a picture", "Incubator/Idea.md": idea });
    const preview = await cli("promote", vault, "Incubator/Idea.md", "--move-to", "Evergreen/Deep", "--dry-run");
    expect(preview.stdout).toContain("  Incubator/Idea.md:6: ../img/chart.png leads to img/chart.png now, to nothing after the move\n");
    const run = await cli("promote", vault, "Incubator/Idea.md", "--move-to", "Evergreen/Deep", "--update-links");
    expect(run.code).toBe(0);
    expect(readIn(vault, "Evergreen/Deep/Idea.md")).toBe(idea.replace("#incubator", "#evergreen").replace("(../img/chart.png)", "(../../img/chart.png)"));
  });

  test("the link check reads no note over the size limit", async () => {
    const vault = tempVault({
      "Topic.md": "# Topic\n[[Incubator/Idea]]\n",
      "Big.md": `[[Incubator/Idea]]\n${"x".repeat(300)}\n`,
      "Incubator/Idea.md": "#incubator\nupstream: [[Topic]]\n\n**Idea** is a thing.\n",
    });
    const run = await cli("promote", vault, "Incubator/Idea.md", "--move-to", "Evergreen", "--dry-run", "--max-note-bytes", "200");
    expect(run.stderr).toContain("skipped Big.md: too-large");
    expect(run.stdout).toContain("1 link would lead elsewhere after the move:\n  Topic.md:2: Incubator/Idea leads to Incubator/Idea.md now, to nothing after the move\n");
  });
});

