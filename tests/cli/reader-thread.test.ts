/**
 * The CLI's reader thread: a vault loaded with it fills the index exactly as one thread does
 * (the same notes, the same files skipped, in the same order), and a reader that cannot start,
 * stops or sends files out of order costs only time: this thread reads what it was not sent.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { FolderNoteStore } from "../../src/cli/folder-store";
import { runCli } from "../../src/cli/main";
import { loadOnTwoThreads, ReaderThread } from "../../src/cli/threaded-load";
import { loadFiles, type SkippedFile } from "../../src/core/vault/note-store";
import { defaultCoreSettings } from "../../src/core/settings";
import { VaultIndex } from "../../src/core/vault/vault-index";
import { tempPrefix, tempVault } from "../helpers/temp-vault";

const settings = defaultCoreSettings();
const idea = (n: number) => `#incubator\nupstream: [[Topic ${n % 3}]]\n\n**Idea ${n}** is a thing.\n\n## Difference between A${n} and B${n}\n**A${n}** is one.\n\n**B${n}** is two.\n`;

/** Incubator notes, plain notes, decoys and files that are skipped, in nested folders. */
function mixedVault(count: number): string {
  const files: Record<string, string> = { "Topic 0.md": "# Topic 0\n", "Topic 1.md": "# Topic 1\n" };
  for (let n = 0; n < count; n++) {
    const folder = `F${n % 7}/${n % 2 ? "a b" : "a"}`;
    files[`${folder}/Note ${n}.md`] = n % 5 === 0 ? idea(n) : n % 11 === 0 ? "```\n#incubator\n```\n" : `Plain ${n} with #other tags.\n`;
  }
  const vault = tempVault(files);
  writeFileSync(path.join(vault, "F1", "Binary.md"), Buffer.from([0x23, 0x00, 0x01]));
  writeFileSync(path.join(vault, "F2", "Latin1.md"), Buffer.from("#incubator\n**Caf\xe9** is.\n", "latin1"));
  writeFileSync(path.join(vault, "F3", "Huge.md"), idea(1) + "x".repeat(5000));
  symlinkSync("Nowhere.md", path.join(vault, "F4", "Dangling.md"));
  return vault;
}

let script: string;
let scripts: string;

/** A reader thread's script made for a test (plain CommonJS run by the worker). */
function fakeReader(name: string, body: string): string {
  const file = path.join(scripts, name);
  writeFileSync(file, `const { parentPort } = require("worker_threads");\nconst fs = require("fs");\nconst path = require("path");\n${body}\n`);
  return file;
}

beforeAll(() => {
  scripts = mkdtempSync(tempPrefix("reader"));
  script = path.join(scripts, "read-worker.js");
  // Built from the source here (esbuild's own process: its API does not run in a DOM environment).
  const root = path.resolve(__dirname, "../..");
  const options = { entryPoints: ["src/cli/read-worker.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: script, logLevel: "error" };
  const build = spawnSync(process.execPath, ["-e", `require("esbuild").buildSync(${JSON.stringify(options)})`], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(build.stderr);
});

/** A reader thread given time to start, so that it takes part from the first chunk. */
/** A reader given `headStart` ms to come up: on a loaded machine a thread takes a while to start. */
async function startedReader(script: string, headStart = 300): Promise<ReaderThread> {
  const reader = new ReaderThread(script);
  await new Promise((resolve) => setTimeout(resolve, headStart));
  return reader;
}

/**
 * The index, files skipped and listing problems after loading `vault` on one thread and with
 * `reader`; `readHere` counts the files the second load read on this thread, of `readable` (the
 * files within the size limit).
 */
async function loadBoth(vault: string, reader: string, headStart = 300): Promise<{ one: string; two: string; readHere: number; readable: number }> {
  let readHere = 0;
  const outcome = async (load: (store: FolderNoteStore, index: VaultIndex) => Promise<SkippedFile[]>) => {
    const store = new FolderNoteStore(vault);
    const read = store.read.bind(store);
    store.read = (p: string) => {
      readHere++;
      return read(p);
    };
    const index = new VaultIndex(settings, undefined, { readOnce: true });
    const skipped = await load(store, index);
    return JSON.stringify({ snapshot: index.snapshot(), skipped, listed: store.skipped });
  };
  const one = await outcome(async (store, index) => {
    const skipped: SkippedFile[] = [];
    await loadFiles(store, await store.list(), index, { maxBytes: 3000, skipped });
    return skipped;
  });
  const readable = readHere;
  readHere = 0;
  const thread = await startedReader(reader, headStart);
  const two = await outcome(async (store, index) => (await loadOnTwoThreads(store, index, { startReader: () => thread, minFiles: 64, maxBytes: 3000, tag: settings.tag })).skipped);
  return { one, two, readHere, readable };
}

/** A reader that runs the real one but passes on only its first chunk (recording where it starts), then fails. */
function firstChunkOnly(): string {
  return fakeReader(
    "first-chunk.js",
    `const post = parentPort.postMessage.bind(parentPort);
    let sent = 0;
    parentPort.postMessage = (batch) => {
      if (sent++ > 0) return;
      post(batch);
      fs.writeFileSync(path.join(__dirname, "first-chunk.json"), JSON.stringify(batch.start));
      // Later than the chunk: an error may otherwise overtake it.
      setTimeout(() => { throw new Error("reader failed"); }, 100);
    };
    require(${JSON.stringify(script)});`,
  );
}

describe("loading on a reader thread", () => {
  test("fills the index as one thread does: notes, links, skipped files and their order", async () => {
    const vault = mixedVault(700);
    const { one, two, readHere, readable } = await loadBoth(vault, script);
    expect(two).toBe(one);
    // Both threads read: the reader some chunks, this thread the rest.
    expect(readHere).toBeLessThan(readable);
    const parsed = JSON.parse(two) as { snapshot: { notes: unknown[] }; skipped: SkippedFile[]; listed: SkippedFile[] };
    // The vault holds what the comparison must cover.
    expect(parsed.snapshot.notes).toHaveLength(140);
    expect(parsed.skipped.map((s) => `${s.path} ${s.code}`)).toEqual(["F1/Binary.md binary", "F2/Latin1.md invalid-utf8", "F3/Huge.md too-large"]);
    expect(parsed.listed.map((s) => s.path)).toEqual(["F4/Dangling.md"]);
  });

  test("reports progress as files are added, up to all of them", async () => {
    const vault = mixedVault(600);
    const store = new FolderNoteStore(vault);
    const seen: number[] = [];
    const thread = await startedReader(script);
    const { count } = await loadOnTwoThreads(store, new VaultIndex(settings), { startReader: () => thread, minFiles: 64, maxBytes: 3000, tag: settings.tag, onProgress: (done, total) => void seen.push(done, total) });
    expect(count).toBe((await store.list()).length);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.slice(-2)).toEqual([count, count]);
  });

  test("a reader that cannot start: every file is read on this thread", async () => {
    const { one, two, readHere, readable } = await loadBoth(mixedVault(300), path.join(scripts, "missing.js"));
    expect(two).toBe(one);
    expect(readHere).toBe(readable);
  });

  test("a reader that fails, with chunks claimed and not sent: this thread reads all but the chunk it did send", async () => {
    const vault = mixedVault(300);
    const marker = path.join(scripts, "first-chunk.json");
    // The case needs the reader to claim a chunk before this thread has read everything: on a
    // loaded machine it may not be up in time, so it gets a longer head start and another try.
    // The reader writes its marker just after it sends the chunk: this thread may get there first.
    const marked = async () => {
      for (let wait = 0; wait < 20; wait++) {
        if (existsSync(marker) && readFileSync(marker, "utf8") !== "") return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };
    let run = await loadBoth(vault, firstChunkOnly());
    for (const headStart of [1000, 3000]) {
      if (await marked()) break;
      run = await loadBoth(vault, firstChunkOnly(), headStart);
    }
    expect(await marked()).toBe(true);
    const { one, two, readHere, readable } = run;
    expect(two).toBe(one);
    const start = JSON.parse(readFileSync(marker, "utf8")) as number;
    const sent = (await new FolderNoteStore(vault).list()).slice(start, start + 64).filter((f) => f.size <= 3000).length;
    expect(sent).toBeGreaterThan(0);
    expect(readHere).toBe(readable - sent);
  });

  test("a reader that sends a chunk of the wrong size, or ends with one claimed: this thread reads every file", async () => {
    const vault = mixedVault(300);
    const wrongSize = fakeReader(
      "wrong-size.js",
      `parentPort.once("message", ({ job }) => {
        const start = Atomics.add(new Int32Array(job.claimed), 0, 64);
        parentPort.postMessage({ start, results: ["#incubator\\n**Wrong** is wrong.\\n"] });
      });`,
    );
    const sized = await loadBoth(vault, wrongSize);
    expect(sized.two).toBe(sized.one);
    expect(sized.readHere).toBe(sized.readable);
    // Ends with a chunk claimed and not sent: that chunk is read here.
    const ends = await loadBoth(vault, fakeReader("ends.js", `parentPort.once("message", ({ job }) => { Atomics.add(new Int32Array(job.claimed), 0, 64); process.exit(0); });`));
    expect(ends.two).toBe(ends.one);
    expect(ends.readHere).toBe(ends.readable);
  });
});

describe("the CLI with a reader thread", () => {
  test("a vault large enough for the thread prints what one thread prints", async () => {
    const vault = mixedVault(2100);
    const run = async (options: { readerScript?: string }) => {
      let stdout = "";
      let stderr = "";
      const code = await runCli(["summary", vault, "--json", "--max-note-bytes", "3000"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false }, options);
      return { code, stdout, stderr };
    };
    const one = await run({});
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { notes: unknown[] }).notes).toHaveLength(420);
    expect(await run({ readerScript: script })).toEqual(one);
  });

  test("the built CLI ships its reader beside it, and prints what one thread prints", async () => {
    const dist = path.resolve(__dirname, "../../dist");
    expect(existsSync(path.join(dist, "read-worker.js"))).toBe(true);
    const vault = mixedVault(2100);
    const child = spawnSync(process.execPath, [path.join(dist, "cli.js"), "check", vault, "--max-note-bytes", "3000"], { encoding: "utf8" });
    let stdout = "";
    let stderr = "";
    const code = await runCli(["check", vault, "--max-note-bytes", "3000"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
    expect({ code: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({ code, stdout, stderr });
    expect(stderr).toContain("incubator: skipped F1/Binary.md: binary");
  });
});
