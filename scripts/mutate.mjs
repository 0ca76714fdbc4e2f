// `npm run mutate [-- group…] [--summary] [--survivors]`: runs Stryker once per group of
// stryker.config.mjs (all groups when none is named), then prints the mutation score per folder
// from the groups' reports (reports/mutation/<group>.json). `--summary` only prints;
// `--survivors` also lists the mutants no test caught, as file:line, mutator and replacement.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { GROUPS } from "../stryker.config.mjs";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith("--"));
const unknown = named.filter((g) => !(g in GROUPS));
if (unknown.length > 0) {
  console.error(`No mutation group ${unknown.join(", ")} (groups: ${Object.keys(GROUPS).join(", ")})`);
  process.exit(2);
}
const groups = named.length > 0 ? named : Object.keys(GROUPS);

if (!args.includes("--summary")) {
  for (const group of groups) {
    console.log(`\n=== mutation group ${group}: ${GROUPS[group].join(" ")}`);
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/@stryker-mutator/core/bin/stryker.js"), "run"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, INCUBATOR_MUTATE_GROUP: group },
    });
    // A score under a threshold is not set as a failure: the summary below says where things stand.
    if (run.status !== 0) console.error(`Stryker stopped on group ${group} (exit ${run.status ?? run.signal}).`);
    compactIncremental(path.join(root, "mutation", `${group}.incremental.json`));
  }
}

/**
 * The incremental file is committed: it keeps what Stryker needs to reuse a result (the sources,
 * each mutant's status and the tests that covered and killed it), not the failure messages, whose
 * stack traces hold this machine's paths and make up half its size.
 */
function compactIncremental(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  for (const { mutants } of Object.values(report.files)) for (const m of mutants) delete m.statusReason;
  writeFileSync(file, JSON.stringify(report) + "\n");
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
/** Counts by folder (`src/core`, `src/cli`) and by file. */
const folders = new Map();
const survivors = [];
const missing = [];
const count = (map, key) => {
  if (!map.has(key)) map.set(key, { detected: 0, undetected: 0, compileError: 0, ignored: 0, other: 0 });
  return map.get(key);
};
// Read from the committed incremental files (the same report as reports/mutation/<group>.json,
// less the failure messages), so that a fresh checkout prints the last measured scores.
for (const group of Object.keys(GROUPS)) {
  const file = path.join(root, "mutation", `${group}.incremental.json`);
  if (!existsSync(file)) {
    missing.push(group);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  for (const [name, { mutants }] of Object.entries(report.files)) {
    const rel = path.relative(root, path.resolve(root, name)).split(path.sep).join("/");
    const folder = rel.split("/").slice(0, 2).join("/");
    for (const m of mutants) {
      const counts = [count(folders, folder), count(folders, `${group} (group)`)];
      const field = DETECTED.has(m.status) ? "detected" : UNDETECTED.has(m.status) ? "undetected" : m.status === "CompileError" ? "compileError" : m.status === "Ignored" ? "ignored" : "other";
      for (const c of counts) c[field]++;
      if (UNDETECTED.has(m.status)) survivors.push(`${rel}:${m.location.start.line} ${m.mutatorName} ${m.status === "NoCoverage" ? "(no test reaches it) " : ""}→ ${JSON.stringify(m.replacement ?? "")}`);
    }
  }
}

const pct = (c) => (c.detected + c.undetected === 0 ? "—" : `${((100 * c.detected) / (c.detected + c.undetected)).toFixed(1)}%`);
console.log("\nMutation score (killed or timed out, of the mutants that compile and run; static mutants left out):");
const rows = [...folders].sort(([a], [b]) => (a.endsWith("(group)") === b.endsWith("(group)") ? a.localeCompare(b) : a.endsWith("(group)") ? 1 : -1));
for (const [name, c] of rows) {
  console.log(`  ${name.padEnd(22)} ${pct(c).padStart(6)}   caught ${c.detected}, missed ${c.undetected}, not compiling ${c.compileError}, static (left out) ${c.ignored}${c.other ? `, errors ${c.other}` : ""}`);
}
if (missing.length > 0) console.log(`  not run yet: ${missing.join(", ")}`);
if (args.includes("--survivors")) for (const s of survivors.sort()) console.log(s);
