/** Headings that are fields (SPEC §3: `###### upstream:`, `Siblings: [[A]], [[B]]`) and the text of a heading as shown. */
import { cleanHeading, isFieldText } from "../../src/core/note/note-doc";

describe("a heading that is a field, not a section", () => {
  test.each([
    ["links after a label", "Siblings: [[A]], [[B]]"],
    ["links separated by spaces", "Siblings: [[A]] [[B]]"],
    ["a Markdown link", "See also: [Doc](Notes/Doc.md)"],
    ["an embed", "Diagram: ![[flow.png]]"],
    ["a Dataview field", "Related:: [[Ab]]"],
    ["a label with digits", "2024 plan: [[Roadmap]],"],
    ["an upstream key, empty", "upstream:"],
    ["an upstream key in another case", "Upstream: "],
  ])("%s: %j", (_name, text) => expect(isFieldText(text, ["upstream"])).toBe(true));

  test.each([
    ["prose after the label", "Note: this is prose"],
    ["a link and more prose", "Links: [[A]] and more"],
    ["prose, then a link", "Links: see [[A]]"],
    ["an empty label that is no key", "Links:"],
    ["a label over forty characters", "A label that runs on past forty characters: [[A]]"],
    ["a key the settings do not have", "parent:"],
    ["no colon", "Siblings [[A]]"],
  ])("not %s: %j", (_name, text) => expect(isFieldText(text, ["upstream"])).toBe(false));
});

describe("the text of a heading", () => {
  test.each([
    ["1. Intro", "Intro"],
    ["10) Setup:", "Setup"],
    ["2024 Goals", "2024 Goals"],
    ["1000. Big", "1000. Big"],
    ["**What is a Database?** <a name=\"db\"></a>", "What is a Database?"],
    ["Overview：", "Overview"],
  ])("%j → %j", (raw, text) => expect(cleanHeading(raw)).toBe(text));
});
