/**
 * Pathological inputs finish (a hang would hit the generous timeout; the benchmark prints the
 * figures), and no regular expression in src/core backtracks catastrophically.
 */
import * as path from "path";
import { PATHOLOGICAL } from "../../bench/pathological";
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { parseNote } from "../../src/core/note/parse-note";
import { defaultCoreSettings } from "../../src/core/settings";
import { VaultIndex } from "../../src/core/vault/vault-index";
import { indexOf } from "../helpers/index";
import { adversarialInputs, regexLiterals } from "./regex-audit";

describe("pathological inputs", () => {
  test.each(Object.keys(PATHOLOGICAL))(
    "%s: parsed and indexed without a hang or an exception",
    (name) => {
      const text = `#incubator\nupstream: [[Up]]\n${PATHOLOGICAL[name]()}`;
      const model = parseNote("P.md", text, defaultCoreSettings());
      expect(model.isIncubator).toBe(true);
      const index = new VaultIndex(defaultCoreSettings());
      index.upsert("P.md", text);
      expect(index.snapshot().notes).toHaveLength(1);
      expect(scanMarkdown(text).masked.length).toBe(scanMarkdown(text).lines.length);
    },
    60_000,
  );
});

describe("a vault of pathological shape", () => {
  // Sizes, not behaviour: the mutation runs leave this file out (each parser mutant would pay seconds for it).
  test("a chain of 20,000 notes does not overflow the stack", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20000; i++) files[`N${i}.md`] = `#incubator\nupstream: [[N${(i + 1) % 20000}]]\n\n**Idea** is a thing.\n`;
    const snapshot = indexOf(files).snapshot();
    expect(snapshot.notes).toHaveLength(20000);
    expect(snapshot.notes.every((n) => n.problems.some((p) => p.code === "upstream-cycle"))).toBe(true);
  });
});

describe("regular expressions in src/core", () => {
  const sites = regexLiterals(path.resolve(__dirname, "../../src/core"));

  test("are found by the audit", () => {
    expect(sites.length).toBeGreaterThan(60);
  });

  test("none backtracks catastrophically on adversarial strings", () => {
    const time = (re: RegExp, input: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        re.lastIndex = 0;
        if (re.global) input.replace(re, "");
        else re.test(input);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const slow: string[] = [];
    for (const site of sites) {
      const re = new RegExp(site.source, site.flags.replace("y", ""));
      const small = adversarialInputs(site.source, 2_000);
      const large = adversarialInputs(site.source, 16_000);
      large.forEach((input, i) => {
        const big = time(re, input);
        // Linear growth is about 8x here; quadratic about 64x. Tiny times are noise.
        if (big > 50 && big / Math.max(time(re, small[i]), 0.05) > 30) slow.push(`${site.file}:${site.line} /${site.source}/ on ${JSON.stringify(input.slice(0, 12))}… ${big.toFixed(0)} ms`);
      });
    }
    expect(slow).toEqual([]);
  }, 300_000);
});
