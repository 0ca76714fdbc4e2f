/**
 * The commands that write, measured as the CLI runs them (dry runs: all the work, no files):
 * `quiz --all` and `overview` against `summary` on the same vault (target: each at most 3× it),
 * and the inputs that once made a command quadratic (target: each under a second).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli, type CliOptions } from "../src/cli/main";

interface Stat {
  median: number;
  min: number;
  max: number;
}
type Measure = <K extends string>(rounds: number, fns: Record<K, () => unknown>) => Promise<{ stats: Record<K, Stat>; ratio: (a: K, b: K) => number }>;
type Row = [string, string];

const silent = { stdout: () => undefined, stderr: () => undefined, isTTY: false };

/** `quiz --all` and `overview` over `summary`, on one vault. */
export async function writingOverSummary(dir: string, size: number, measure: Measure, options: CliOptions, rounds: number): Promise<{ rows: Row[]; quiz: number; overview: number }> {
  const { stats, ratio } = await measure(rounds, {
    summary: () => runCli(["summary", dir, "--json"], silent, options),
    quiz: () => runCli(["quiz", dir, "--all", "--dry-run"], silent, options),
    overview: () => runCli(["overview", dir, "--dry-run"], silent, options),
  });
  const quiz = ratio("quiz", "summary");
  const overview = ratio("overview", "summary");
  return {
    rows: [
      [`quiz --all, ${size} notes`, `${stats.quiz.median.toFixed(0)} ms = ${quiz.toFixed(2)}× summary (${stats.summary.median.toFixed(0)} ms)`],
      [`overview, ${size} notes`, `${stats.overview.median.toFixed(0)} ms = ${overview.toFixed(2)}× summary`],
    ],
    quiz,
    overview,
  };
}

function vaultOf(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "incubator-bench-adversarial-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The inputs of the write-safety report that took a command from milliseconds to minutes. */
const ADVERSARIAL: { name: string; files: () => Record<string, string>; args: string[] }[] = [
  {
    name: "JSON frontmatter with 20,000 keys: summary",
    files: () => ({ "Top.md": "# Top\n", "Keys.md": `---\n{\n${range(20000).map((i) => `  "key${i}": "value ${i}"`).join(",\n")}\n}\n---\n#incubator\nupstream: [[Top]]\n\n**Keys** is a note with many keys.\n` }),
    args: ["summary", "--json"],
  },
  {
    name: "a note with 2,000 missing upstreams: summary",
    files: () => ({ "Wide.md": `#incubator\nupstream: ${range(2000).map((i) => `[[Missing ${i}]]`).join(", ")}\n\n**Wide** is a note with many parents.\n` }),
    args: ["summary"],
  },
  {
    name: "a note with 2,000 missing upstreams: overview",
    files: () => ({ "Wide.md": `#incubator\nupstream: ${range(2000).map((i) => `[[Missing ${i}]]`).join(", ")}\n\n**Wide** is a note with many parents.\n` }),
    args: ["overview", "--dry-run"],
  },
  {
    name: "500 notes × 10 definitions under one upstream: quiz --all, every kind",
    files: () => ({
      "Top.md": "# Top\n",
      ...Object.fromEntries(range(500).map((n) => [`Notes/Note ${n}.md`, `#incubator\nupstream: [[Top]]\n\n${range(10).map((d) => `**Term ${n}-${d}** is the definition of term ${d} of note ${n}.`).join("\n\n")}\n`])),
    }),
    args: ["quiz", "--all", "--dry-run", "--kinds", "definition,reversed,cloze,question,comparison,subject,aspect,choice"],
  },
  {
    name: "100,000 headings: quiz --all",
    files: () => ({ "Top.md": "# Top\n", "Deep.md": `#incubator\nupstream: [[Top]]\n\n${range(100000).map((i) => `## Heading ${i}\nText ${i}.`).join("\n")}\n` }),
    args: ["quiz", "--all", "--dry-run"],
  },
];

export async function adversarialWrites(measure: Measure): Promise<{ rows: Row[]; seconds: Record<string, number> }> {
  const rows: Row[] = [];
  const seconds: Record<string, number> = {};
  for (const input of ADVERSARIAL) {
    const dir = vaultOf(input.files());
    try {
      const [command, ...rest] = input.args;
      const { stats } = await measure(3, { run: () => runCli([command, dir, ...rest], silent) });
      rows.push([`adversarial: ${input.name}`, `${stats.run.median.toFixed(0)} ms (${stats.run.min.toFixed(0)}–${stats.run.max.toFixed(0)}); target < 1,000 ms`]);
      seconds[input.name] = stats.run.median / 1000;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows, seconds };
}
