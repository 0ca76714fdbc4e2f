/**
 * Writes keep what the file system says (write safety): a note's permissions, a symbolic link and
 * where it leads, the vault's edge; a promotion whose move cannot work touches nothing.
 * The permission checks read mode bits, so they hold when the tests run as root too.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { cli } from "../helpers/cli";
import { readIn, tempVault } from "../helpers/temp-vault";

const idea = (term: string) => `#incubator\nupstream: [[Top]]\n\n**${term}** is a thing worth knowing.\n`;
const vaultWith = (files: Record<string, string>) => tempVault({ "Top.md": "# Top\n", ...files });
const mode = (file: string) => statSync(file).mode & 0o777;

describe("permissions", () => {
  test("a read-only note is not promoted: reported, left as it was, still read-only; the others are promoted", async () => {
    const vault = vaultWith({ "Locked.md": idea("Locked"), "Open.md": idea("Open") });
    chmodSync(path.join(vault, "Locked.md"), 0o444);
    const run = await cli("promote", vault, "--ready");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("incubator: skipped Locked.md: not written: Locked.md is read-only: not written\n");
    expect(readIn(vault, "Locked.md")).toBe(idea("Locked"));
    expect(mode(path.join(vault, "Locked.md"))).toBe(0o444);
    expect(readIn(vault, "Open.md")).toContain("#evergreen");
  });

  test("a written note keeps its mode (600 stays 600, 640 stays 640)", async () => {
    const vault = vaultWith({ "Private.md": idea("Private"), "Group.md": idea("Group") });
    chmodSync(path.join(vault, "Private.md"), 0o600);
    chmodSync(path.join(vault, "Group.md"), 0o640);
    expect((await cli("promote", vault, "--ready")).code).toBe(0);
    expect(readIn(vault, "Private.md")).toContain("#evergreen");
    expect(mode(path.join(vault, "Private.md"))).toBe(0o600);
    expect(mode(path.join(vault, "Group.md"))).toBe(0o640);
  });
});

describe("symbolic links", () => {
  test("a linked note inside the vault is written through: the link stays a link, its target changes", async () => {
    const vault = vaultWith({ "Real/Idea.md": idea("Idea") });
    symlinkSync(path.join("Real", "Idea.md"), path.join(vault, "Alias.md"));
    expect((await cli("promote", vault, "Alias.md")).code).toBe(0);
    expect(lstatSync(path.join(vault, "Alias.md")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(vault, "Alias.md"))).toBe(path.join("Real", "Idea.md"));
    expect(readIn(vault, "Real/Idea.md")).toContain("#evergreen");
  });

  test("links that lead out of the vault are skipped and reported, and nothing outside is written", async () => {
    const outside = mkdtempSync(path.join(tmpdir(), "incubator-outside-"));
    writeFileSync(path.join(outside, "Far.md"), idea("Far"));
    const vault = vaultWith({ "Near.md": idea("Near") });
    symlinkSync(outside, path.join(vault, "LinkedDir"));
    symlinkSync(path.join(outside, "Far.md"), path.join(vault, "FarLink.md"));
    const run = await cli("promote", vault, "--ready");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`incubator: skipped LinkedDir: outside-vault: a link to ${outside}, outside the vault\n`);
    expect(run.stderr).toContain("incubator: skipped FarLink.md: outside-vault:");
    expect(readFileSync(path.join(outside, "Far.md"), "utf8")).toBe(idea("Far"));
    expect(readIn(vault, "Near.md")).toContain("#evergreen");
  });
});

describe("a promotion whose move cannot work", () => {
  test.each([
    ["a file stands where the folder must go", (vault: string) => writeFileSync(path.join(vault, "Evergreen"), "not a folder"), /Evergreen is a file, not a folder/],
    ["the folder is read-only", (vault: string) => (mkdirSync(path.join(vault, "Evergreen")), chmodSync(path.join(vault, "Evergreen"), 0o555)), /Evergreen is read-only/],
    ["the folder is to be made in the vault folder, which is read-only", (vault: string) => chmodSync(vault, 0o555), /the vault folder is read-only/],
  ])("%s: the plan refuses the note, which is neither retagged nor moved nor linked from its upstream", async (_name, prepare, why) => {
    const vault = vaultWith({ "Idea.md": idea("Idea"), "Top.md": "# Top\n" });
    prepare(vault);
    const run = await cli("promote", vault, "Idea.md", "--move-to", "Evergreen", "--link-upstream");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^skip Idea.md: cannot move it to Evergreen/Idea.md: ${why.source}`, "m"));
    expect(readIn(vault, "Idea.md")).toBe(idea("Idea"));
    expect(readIn(vault, "Top.md")).toBe("# Top\n");
    expect(run.stdout).not.toMatch(/^(written|moved):/m);
    chmodSync(vault, 0o755); // so that the temporary vault can be removed by a user who is not root
  });
});
