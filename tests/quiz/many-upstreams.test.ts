/** A note with many upstream links is told in full once: its problems are not repeated under every group (write safety, linear output). */
import { buildOverviewNote } from "../../src/core/quiz/overview";
import { summaryText } from "../../src/core/report/summary-text";
import { indexOf } from "../helpers/index";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

const N = 60;
const links = `upstream: ${Array.from({ length: N }, (_, i) => `[[Missing ${i}]]`).join(", ")}`;
// Built in beforeEach, not as the file loads: a mutation run counts only what a test runs.
let shot!: IndexSnapshot;
beforeEach(() => {
  shot = indexOf({ "Wide.md": `#incubator\n${links}\n\n**Wide** is a note with many parents.\n` }).snapshot();
});
const count = (text: string, needle: string) => text.split(needle).length - 1;

test("the note stands under each of its groups, its problems once", () => {
  expect(shot.groups).toHaveLength(N);
  expect(shot.notes[0].problems.filter((p) => p.code === "unresolved-upstream")).toHaveLength(N);
  const overview = buildOverviewNote(null, "Incubator overview.md", shot).text;
  expect(count(overview, "unresolved-upstream (line")).toBe(N);
  expect(count(overview, "### Wide")).toBe(N);
  expect(count(overview, "see under Missing 0")).toBe(N - 1);
  const summary = summaryText(shot, "incubator");
  expect(count(summary, "unresolved-upstream:")).toBe(N);
  expect(count(summary, "Wide — see under Missing 0 (not found)")).toBe(N - 1);
});
