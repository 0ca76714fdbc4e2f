/**
 * Deterministic synthetic vaults (seeded): log-normal note sizes around 3 KB with a tail, about
 * 10% incubator notes using the upstream forms of SPEC §2, and decoys (tags and bold terms in
 * code, `#incubator-old`). Used by the benchmark and the crash tests.
 */

/** Mulberry32: a small seeded generator, so that every run builds the same vault. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "data storage compute network latency cache index query stream model layer vector graph node edge queue event service cluster shard replica".split(" ");
const UPSTREAM_FORMS = [
  (t: string) => `upstream: [[${t}]]`,
  (t: string) => `###### upstream: [[${t}]]`,
  (t: string) => `upstream:: [[${t}]]`,
  (t: string) => `- upstream: [[${t}]]`,
  (t: string) => `upstream: [[${t}]], [[Topic 0]]`,
  (t: string) => `up: [${t}](Topics/${encodeURIComponent(t)}.md)`,
];

export interface SyntheticNote {
  path: string;
  text: string;
}

export function syntheticVault(count: number, seed = 42): SyntheticNote[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const topics = Math.max(5, Math.round(count / 100));
  const notes: SyntheticNote[] = [];
  for (let t = 0; t < topics; t++) notes.push({ path: `Topics/Topic ${t}.md`, text: `# Topic ${t}\n\n${words(40)}\n` });
  for (let i = 0; notes.length < count; i++) {
    // Log-normal size around 3 KB, with a tail up to about 100 KB.
    const size = Math.min(100_000, Math.round(Math.exp(Math.log(3000) + 0.9 * gaussian(random))));
    const incubator = random() < 0.1;
    const lines: string[] = [];
    if (incubator) {
      lines.push("#incubator ", pick(UPSTREAM_FORMS)(`Topic ${Math.floor(random() * topics)}`), "");
      lines.push(`**Term ${i}** is ${words(12)}.`, "", `## Difference between Alpha ${i} and Beta ${i}`, `**Alpha ${i}** is ${words(8)}.`, "", `**Beta ${i}** is ${words(8)}.`, "");
    } else if (random() < 0.05) {
      lines.push("#incubator-old", "```", "#incubator", "**Fake** is code.", "```", "");
    }
    while (lines.join("\n").length < size) {
      const r = random();
      if (r < 0.1) lines.push(`## ${words(3)}`);
      else if (r < 0.2) lines.push(`- **${words(2)}**: ${words(10)}`);
      else if (r < 0.25) lines.push("```js", `const ${pick(WORDS)} = "${words(4)}"; // #incubator`, "```");
      else lines.push(words(25), "");
    }
    notes.push({ path: `Notes/${Math.floor(i / 500)}/Note ${i}.md`, text: lines.join("\n") + "\n" });
  }
  return notes;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
