/**
 * One answer everywhere: for the same folder, the plugin (its index fed through the Obsidian API)
 * and the CLI give the same notes, groups, readiness and problems, as the whole summary
 * (SPEC §8's JSON). examples/vault holds a note whose frontmatter sits behind a byte order mark,
 * which Obsidian's metadata cache does not see as frontmatter.
 */
import { Component } from "obsidian-test-mocks/obsidian";
import type { Component as ObsidianComponent } from "obsidian";
import * as path from "path";
import { summaryJson } from "../../src/core/report/summary-json";
import { defaultCoreSettings } from "../../src/core/settings";
import { IndexSync } from "../../src/plugin/index-sync";
import { cli } from "../helpers/cli";
import { fakeApp } from "../helpers/fake-obsidian";
import { CORPUS_DIR, corpusPresent, EXAMPLE_VAULT, readVault } from "../helpers/shared";

const vaults: [string, string][] = [["examples/vault", EXAMPLE_VAULT]];
if (corpusPresent) vaults.push(["the corpus", path.join(CORPUS_DIR, "notes")]);

async function pluginSummary(root: string): Promise<unknown> {
  const fake = fakeApp(readVault(root));
  const settings = defaultCoreSettings();
  let clock = 0;
  const sync = new IndexSync(fake.api, settings, { now: () => (clock += 1), onChange: () => undefined });
  const owner = Component.create__();
  owner.load();
  sync.register(owner as unknown as ObsidianComponent);
  await sync.rebuild();
  owner.unload();
  return summaryJson(sync.index.snapshot(), settings.tag);
}

test.each(vaults)("%s: the panel's index and the CLI give the same summary", async (_name, root) => {
  const fromCli = JSON.parse((await cli("summary", root, "--json")).stdout) as unknown;
  const fromPlugin = JSON.parse(JSON.stringify(await pluginSummary(root))) as unknown;
  expect(fromPlugin).toEqual(fromCli);
});

test("the note with a byte order mark before its frontmatter is there in both", async () => {
  const summary = (await pluginSummary(EXAMPLE_VAULT)) as { notes: { path: string }[] };
  expect(summary.notes.map((n) => n.path)).toContain("Databases/CAP Theorem.md");
});
