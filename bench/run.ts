/**
 * `npm run bench`: Incubator's cost, measured against a floor and the alternatives, on seeded
 * synthetic vaults of 1,000, 10,000 and 50,000 notes (generated into bench/vaults/, git-ignored).
 * Prints a table and writes bench/results.json. It reports; it does not assert.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import MarkdownIt from "markdown-it";
import { runCli } from "../src/cli/main";
import { FolderNoteStore } from "../src/cli/folder-store";
import { scanMarkdown } from "../src/core/markdown/scanner";
import { parseNote } from "../src/core/note/parse-note";
import { tagScreen } from "../src/core/note/tag-screen";
import { defaultCoreSettings } from "../src/core/settings";
import { VaultIndex } from "../src/core/vault/vault-index";
import { PATHOLOGICAL } from "./pathological";
import { syntheticVault, type SyntheticNote } from "./synthetic-vault";
import { adversarialWrites, writingOverSummary } from "./writing";

const ROOT = path.resolve(__dirname, "..");
const VAULTS = path.join(ROOT, "bench", "vaults");
const SIZES = [1000, 10000, 50000];
/** The CLI's reader thread, built next to this bundle (`dist/`) by `npm run build`. */
const READER_SCRIPT = path.join(__dirname, "read-worker.js");
const settings = defaultCoreSettings();

interface Stat {
  median: number;
  min: number;
  max: number;
}

/**
 * Runs each function once per round, in turn, so that a machine whose speed drifts (shared CPUs)
 * slows every contender alike; a ratio is taken within each round, then the median of those.
 */
async function measureTogether<K extends string>(rounds: number, fns: Record<K, () => unknown>): Promise<{ stats: Record<K, Stat>; ratio: (a: K, b: K) => number }> {
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    for (const key of Object.keys(fns) as K[]) {
      const start = performance.now();
      await fns[key]();
      times[key].push(performance.now() - start);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const stats = Object.fromEntries(
    (Object.keys(times) as K[]).map((k) => {
      const sorted = [...times[k]].sort((a, b) => a - b);
      return [k, { median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1] }];
    }),
  ) as Record<K, Stat>;
  return { stats, ratio: (a, b) => median(times[a].map((t, i) => t / times[b][i])) };
}

const fmt = (s: Stat, unit = "ms", digits = 0) => `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

function ensureVault(size: number): { dir: string; notes: SyntheticNote[] } {
  const dir = path.join(VAULTS, String(size));
  const notes = syntheticVault(size, 42);
  const marker = path.join(dir, ".generated");
  if (!existsSync(marker) || readFileSync(marker, "utf8") !== `v1 ${size}`) {
    rmSync(dir, { recursive: true, force: true });
    for (const note of notes) {
      mkdirSync(path.dirname(path.join(dir, note.path)), { recursive: true });
      writeFileSync(path.join(dir, note.path), note.text);
    }
    writeFileSync(marker, `v1 ${size}`);
  }
  return { dir, notes };
}

/** The floor: list the vault, read every file, one trivial pass over the text (count lines). */
async function readFloor(dir: string): Promise<number> {
  const store = new FolderNoteStore(dir);
  let lines = 0;
  for (const file of await store.list()) {
    const text = readFileSync(path.join(dir, file.path), "utf8");
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  }
  return lines;
}

const silent = { stdout: () => undefined, stderr: () => undefined, isTTY: false };

function indexOf(notes: SyntheticNote[]): VaultIndex {
  const index = new VaultIndex(settings);
  for (const n of notes) index.upsert(n.path, n.text);
  index.snapshot();
  return index;
}

/**
 * Microseconds per update of one note in an index of each of `vaults`, batches of 200 updates
 * taken in turn (as `measureTogether` does). The same `target` note is used at every vault size
 * (written over the note at its path), so that only the size of the index differs.
 */
async function updateCosts(vaults: SyntheticNote[][], target: SyntheticNote): Promise<{ stats: Stat[]; ratio: (a: number, b: number) => number }> {
  const indexes = vaults.map(indexOf);
  const versions = [target.text, target.text.replace(" is ", " was "), target.text + "\nOne more line.\n"];
  let n = 0;
  const batch = (index: VaultIndex) => () => {
    for (let i = 0; i < 200; i++) index.upsert(target.path, versions[n++ % 3]);
  };
  // Warm the parser first: an app that has been running a while has optimised it.
  for (let w = 0; w < 5; w++) indexes.forEach((index) => batch(index)());
  const fns = Object.fromEntries(indexes.map((index, i) => [String(i), batch(index)]));
  // Many short rounds: a garbage collection that lands in one batch moves its median less.
  const { stats, ratio } = await measureTogether(41, fns);
  const perUpdate = (s: Stat): Stat => ({ median: (s.median / 200) * 1000, min: (s.min / 200) * 1000, max: (s.max / 200) * 1000 });
  return { stats: indexes.map((_, i) => perUpdate(stats[String(i)])), ratio: (x, y) => ratio(String(x), String(y)) };
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * Heap the index holds for a vault: the heap with the index (its notes generated, indexed, then
 * dropped) less the heap once the index is dropped too. Both readings follow a full collection,
 * and garbage left by earlier measurements is gone by the first, so it counts on neither side.
 */
function indexHeap(size: number): number {
  let notes: SyntheticNote[] | null = syntheticVault(size, 42);
  let index: VaultIndex | null = new VaultIndex(settings);
  for (const n of notes) index.upsert(n.path, n.text);
  index.snapshot();
  notes = null;
  const withIndex = heapMb();
  if (index.size === 0) throw new Error("the synthetic vault has no incubator notes");
  index = null;
  return withIndex - heapMb();
}

interface StartUp {
  total: number;
  longestTask: number;
  notes: number;
}

/**
 * Plugin start-up through the fake Obsidian API on jsdom: total time and the longest task, for
 * `runs` plugins loaded one after another on the same fake vault (the first one on cold code).
 */
async function startUp(notes: SyntheticNote[], runs: number): Promise<StartUp[]> {
  const { JSDOM } = await import("jsdom");
  const dom = new JSDOM("<!doctype html><body></body>", { pretendToBeVisual: true });
  Object.assign(globalThis, { window: dom.window, document: dom.window.document, navigator: dom.window.navigator });
  // The fake patches DOM prototypes: expose jsdom's constructors (Document, HTMLElement, …) globally.
  const win = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (/^[A-Z]/.test(key) && typeof win[key] === "function" && !(key in globalThis)) (globalThis as Record<string, unknown>)[key] = win[key];
  }
  Object.assign(globalThis, { getComputedStyle: win.getComputedStyle, requestAnimationFrame: win.requestAnimationFrame });
  const { setup } = await import("obsidian-test-mocks/setup");
  setup();
  const { fakeApp } = await import("../tests/helpers/fake-obsidian");
  const { default: IncubatorPlugin } = await import("../src/plugin/main");
  // The app's metadata cache indexes in a worker: its cost is kept off the thread being measured.
  const fake = fakeApp(Object.fromEntries(notes.map((n) => [n.path, n.text])), { backgroundIndex: false });
  const out: StartUp[] = [];
  for (let run = 0; run < runs; run++) {
    const plugin = new IncubatorPlugin(fake.api, { id: "incubator", name: "Incubator", version: "0", minAppVersion: "1.7.2", author: "", description: "" });
    let longest = 0;
    let last = performance.now();
    let probing = true;
    const probe = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (probing) setImmediate(probe);
    };
    const start = performance.now();
    last = start;
    setImmediate(probe);
    await plugin.onload();
    // Once the layout is ready, Obsidian runs later layout-ready callbacks at once.
    if (run === 0) fake.layoutReady();
    await plugin.sync.whenReady();
    const total = performance.now() - start;
    probing = false;
    out.push({ total, longestTask: longest, notes: plugin.sync.index.size });
    plugin.unload();
  }
  return out;
}

/** The panel in Chromium on the preview page over a 5,000-note vault. */
async function panelInChromium(): Promise<{ full: Stat; update: Stat } | string> {
  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!chromium) return "skipped: Chromium is not installed";
  const { dir, notes } = ensureVault(5000);
  const out = path.join(ROOT, "bench", "preview-build");
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-preview.mjs")], {
    env: { ...process.env, INCUBATOR_PREVIEW_VAULT: dir, INCUBATOR_PREVIEW_OUT: out },
    stdio: "ignore",
  });
  const { chromium: pw } = await import("playwright-core");
  const browser = await pw.launch({ executablePath: chromium, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`file://${path.join(out, "index.html")}`);
    await page.waitForFunction(() => (window as unknown as { incubatorPreview?: { ready: boolean } }).incubatorPreview?.ready === true, null, { timeout: 600_000 });
    const target = notes.find((n) => n.text.startsWith("#incubator ")) as SyntheticNote;
    const full: number[] = [];
    const update: number[] = [];
    for (let i = 0; i < 5; i++) full.push(await page.evaluate(() => (window as unknown as { incubatorPreview: { timeFullRender(): number } }).incubatorPreview.timeFullRender()));
    for (let i = 0; i < 5; i++) {
      const text = target.text + `\nEdit ${i}.\n`;
      update.push(await page.evaluate(([p, t]) => (window as unknown as { incubatorPreview: { timeUpdate(p: string, t: string): Promise<number> } }).incubatorPreview.timeUpdate(p, t), [target.path, text] as const));
    }
    const stat = (xs: number[]) => {
      xs.sort((a, b) => a - b);
      return { median: xs[Math.floor(xs.length / 2)], min: xs[0], max: xs[xs.length - 1] };
    };
    return { full: stat(full), update: stat(update) };
  } finally {
    await browser.close();
  }
}

const progress = (what: string) => process.stderr.write(`… ${what}\n`);

async function main(): Promise<void> {
  const rows: [string, string][] = [];
  const results: Record<string, unknown> = { machine: `${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, date: new Date().toISOString() };
  const vaults = SIZES.map((size) => ({ size, ...ensureVault(size) }));

  for (const { size, dir } of vaults) {
    progress(`read floor and CLI summary, ${size} notes`);
    const reps = 5;
    await readFloor(dir);
    // As the built CLI runs (its reader thread beside this bundle in dist/), and on one thread.
    const { stats, ratio } = await measureTogether(reps, {
      floor: () => readFloor(dir),
      summary: () => runCli(["summary", dir, "--json"], silent, { readerScript: READER_SCRIPT }),
      oneThread: () => runCli(["summary", dir, "--json"], silent),
    });
    const overFloor = ratio("summary", "floor");
    const oneThread = ratio("oneThread", "floor");
    rows.push(
      [`read floor, ${size} notes`, fmt(stats.floor)],
      [`CLI summary, ${size} notes`, `${fmt(stats.summary)} = ${overFloor.toFixed(2)}× floor`],
      [`CLI summary on one thread, ${size} notes`, `${fmt(stats.oneThread)} = ${oneThread.toFixed(2)}× floor`],
    );
    results[`summaryOverFloor_${size}`] = overFloor;
    results[`summaryOneThreadOverFloor_${size}`] = oneThread;
  }

  for (const { size, dir } of vaults) {
    progress(`quiz --all and overview against summary, ${size} notes`);
    const writing = await writingOverSummary(dir, size, measureTogether, { readerScript: READER_SCRIPT }, size >= 50000 ? 3 : 5);
    rows.push(...writing.rows);
    results[`quizOverSummary_${size}`] = writing.quiz;
    results[`overviewOverSummary_${size}`] = writing.overview;
  }

  progress("adversarial inputs of the writing commands");
  const adversarial = await adversarialWrites(measureTogether);
  rows.push(...adversarial.rows);
  results.adversarialSeconds = adversarial.seconds;

  progress("scanner + model and markdown-it");
  const sample = vaults[0].notes;
  const md = new MarkdownIt({ html: true });
  const screen = tagScreen(settings.tag);
  const bytes = sample.reduce((n, x) => n + x.text.length, 0) / 1e6;
  // 21 rounds: the index path runs for some 15 ms, so one stall moves a round's ratio a long way.
  const { stats: parse, ratio: speedup } = await measureTogether(21, {
    markdownIt: () => sample.forEach((n) => md.parse(n.text, {})),
    scanner: () => sample.forEach((n) => scanMarkdown(n.text)),
    model: () => sample.forEach((n) => parseNote(n.path, n.text, settings)),
    indexPath: () => sample.forEach((n) => screen(n.text) && parseNote(n.path, n.text, settings)),
  });
  const rate = (s: Stat) => `${fmt(s)} = ${(bytes / (s.median / 1000)).toFixed(1)} MB/s`;
  rows.push([`markdown-it parse, ${sample.length} notes (${bytes.toFixed(1)} MB)`, rate(parse.markdownIt)]);
  rows.push(["our block scanner alone, same notes", `${rate(parse.scanner)} = ${speedup("markdownIt", "scanner").toFixed(2)}× markdown-it`]);
  rows.push(["scanner + model on every note", `${rate(parse.model)} = ${speedup("markdownIt", "model").toFixed(2)}× markdown-it`]);
  rows.push(["screen, then scanner + model (the index's path)", `${rate(parse.indexPath)} = ${speedup("markdownIt", "indexPath").toFixed(2)}× markdown-it`]);
  results.modelThroughputOverMarkdownIt = speedup("markdownIt", "model");
  results.indexPathThroughputOverMarkdownIt = speedup("markdownIt", "indexPath");
  results.scannerThroughputOverMarkdownIt = speedup("markdownIt", "scanner");

  progress("one-note updates");
  for (const incubator of [true, false]) {
    const target = vaults[0].notes.find((n) => n.text.startsWith("#incubator ") === incubator && n.path.startsWith("Notes/")) as SyntheticNote;
    const { stats, ratio } = await updateCosts([vaults[0].notes, vaults[2].notes], target);
    const [small, large] = stats;
    const kind = `${incubator ? "an incubator note" : "a plain note"} (${(target.text.length / 1000).toFixed(1)} KB)`;
    rows.push([`update ${kind}, 1,000 notes`, fmt(small, "µs", 1)], [`update ${kind}, 50,000 notes`, `${fmt(large, "µs", 1)} = ${ratio(1, 0).toFixed(2)}× the 1,000-note cost`]);
    results[incubator ? "updateIncubator50kOver1k" : "updatePlain50kOver1k"] = ratio(1, 0);
    results[incubator ? "updateIncubatorMs" : "updatePlainMs"] = large.median / 1000;
  }

  progress("index heap");
  const heap = indexHeap(50000);
  rows.push(["index heap, 50,000 notes", `${heap.toFixed(1)} MB`]);
  results.indexHeapMb50k = heap;

  progress("pathological inputs");
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const text = `#incubator\n${make()}`;
    const t = (await measureTogether(1, { parse: () => parseNote("P.md", text, settings) })).stats.parse;
    rows.push([`pathological: ${name}`, `${fmt(t)} for ${(text.length / 1e6).toFixed(1)} MB`]);
  }

  progress("plugin start-up through the fake API, 50,000 notes (the fake's own set-up takes a while)");
  const starts = await startUp(vaults[2].notes, 3);
  starts.forEach((start, run) => {
    rows.push([`plugin start-up ${run + 1} of 3, ${start.notes} incubator notes of 50,000`, `${start.total.toFixed(0)} ms total, longest task ${start.longestTask.toFixed(1)} ms`]);
  });
  results.startupMs50k = starts.map((s) => s.total);
  results.startupLongestTaskMs = starts.map((s) => s.longestTask);

  progress("panel in Chromium, 5,000 notes");
  const panel = await panelInChromium();
  if (typeof panel === "string") rows.push(["panel in Chromium, 5,000 notes", panel]);
  else {
    rows.push(["panel first render, 5,000 notes (Chromium)", fmt(panel.full, "ms", 1)], ["panel update after one note changes", `${fmt(panel.update, "ms", 1)} = ${(panel.update.median / panel.full.median).toFixed(3)} of a full render`]);
    results.panelUpdateOverFull = panel.update.median / panel.full.median;
    results.panelFullMs = panel.full.median;
  }

  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`Incubator benchmark — ${results.machine as string}\n\n`);
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(width)}  ${value}\n`);
  writeFileSync(path.join(ROOT, "bench", "results.json"), JSON.stringify({ ...results, rows }, null, 2) + "\n");
  process.stdout.write(`\nWritten: bench/results.json\n`);
}

void main();
