import { parseNote } from "../../src/core/note/parse-note";
import { mayCarryTag } from "../../src/core/note/tag-screen";
import { defaultCoreSettings } from "../../src/core/settings";

describe("the screen in front of the parser", () => {
  test.each([
    ["#incubator\nupstream: [[A]]", "a body tag"],
    ["intro\n#Incubator", "a tag in another case"],
    ["#incubator/aws", "a nested tag"],
    ["---\ntags: [incubator]\n---\nbody", "a frontmatter list"],
    ["\uFEFF---\r\ntags: incubator\r\n---\r\n", "frontmatter after a BOM, CRLF"],
    ["```\ncode\n```\r#incubator", "a tag after a fence closed on a lone CR line ending"],
    ["text `x`#incubator", "a tag right after a code span (masked to spaces)"],
    ["%%\n```\n%%\n#incubator", "a comment that may hold a fence: cannot judge cheaply"],
    ["<div>\n```\n</div>\n#incubator", "HTML that may hold a fence: cannot judge cheaply"],
    ["- item\n  ```\n#incubator", "an indented fence: cannot judge cheaply"],
    ["#incubator`x`", "a tag right before a code span: the backtick is not part of it"],
    ["`\n`#incubator`\n`", "a tag between code spans that run across lines"],
    ["```\nx\n   ```\n#incubator", "after a closer indented three spaces"],
    ["  %% note\n```\n#incubator\n```", "an indented comment marker: cannot judge cheaply"],
    ["---\ntags: [incubator]\n---  \nbody", "frontmatter closed by a fence with trailing spaces"],
  ])("lets through %j (%s)", (text) => {
    expect(mayCarryTag(text, "incubator")).toBe(true);
    // Each of these is an incubator note to the parser: the screen must not turn it away.
    if (!text.includes("%%") && !text.includes("<div>") && !text.includes("- item")) expect(parseNote("N.md", text, defaultCoreSettings()).isIncubator).toBe(true);
  });

  test.each([
    ["no tag at all", "a note about hatching eggs"],
    ["#incubator-old\nbody", "a longer tag"],
    ["#incubator_x and #incubatorish", "tags that only start with it"],
    ["email me at a#incubator", "inside a word"],
    ["```js\nconst x = 1; // #incubator\n```\ntext", "a tag in fenced code"],
    ["~~~~\n#incubator\n~~~\n~~~~\n", "a tag in a tilde fence that a shorter marker does not close"],
    ["---\ntitle: x\n---\n```\n#incubator\n```", "frontmatter without it, then code"],
    ["[[Incubator]] is a link, not a tag", "the word without #"],
    ["```\n#incubator\n", "a tag in a fence that never closes"],
    ["```\nx\n    ```\n#incubator\n", "a closer indented four spaces closes nothing"],
    ["```\nx ```\n#incubator\n", "a closer after text closes nothing"],
    ["a %% b and <b>x</b> and $$ c\n```\n#incubator\n```\n", "comment, HTML and math markers inside a line: judged"],
    ["say ```x``` here\n```\n#incubator\n```\n", "backticks inside a line are no fence"],
    ["```a`\n```\n#incubator\n```\n", "a backtick run that opens no fence, then a fence"],
    ["---\ntitle: x\n---  \n```\n#incubator\n```\n", "frontmatter closed by a fence with trailing spaces"],
    ["é#incubator", "after a letter that is not ASCII"],
    ["```\n```js\n#incubator\n```\n", "a marker with an info string closes no fence"],
  ])("turns away %j (%s)", (text) => {
    expect(mayCarryTag(text, "incubator")).toBe(false);
  });

  test("ignores case as the parser does, Unicode included (K, the Kelvin sign, lower-cases to k)", () => {
    for (const text of ["#INCUBATOR", "#InCuBaToR x", "---\ntags: [Incubator]\n---\n"]) expect(mayCarryTag(text, "incubator")).toBe(true);
    const kelvin = "#\u212Ailn\n";
    expect(parseNote("K.md", kelvin, { ...defaultCoreSettings(), tag: "kiln" }).isIncubator).toBe(true);
    expect(mayCarryTag(kelvin, "kiln")).toBe(true);
  });

  test("a tag that is not ASCII is read by its case folding", () => {
    expect(mayCarryTag("#GRÖßE\n", "größe")).toBe(true);
    expect(mayCarryTag("x #Größe/Alt\n", "größe")).toBe(true);
    expect(mayCarryTag("#größeren\n", "größe")).toBe(false);
    expect(mayCarryTag("```\n#größe\n```\n", "größe")).toBe(false);
  });

  test("a tag with pattern characters is matched as written", () => {
    expect(mayCarryTag("#a.b\n", "a.b")).toBe(true);
    expect(mayCarryTag("#axb\n", "a.b")).toBe(false);
    expect(mayCarryTag("#c++ notes\n", "c++")).toBe(true);
    expect(mayCarryTag("#(x)|y\n", "(x)|y")).toBe(true);
  });

  test("an ASCII tag read in any case, letter by letter, up to Z", () => {
    expect(mayCarryTag("#ZETTEL\n", "zettel")).toBe(true);
    expect(mayCarryTag("#\u212AEY\n", "key")).toBe(true);
    expect(mayCarryTag("#kéy\n", "key")).toBe(false);
    expect(mayCarryTag("#k\u0080y\n", "key")).toBe(false);
  });

  test("a tag that is not ASCII, and a # that starts another", () => {
    expect(mayCarryTag("#other note\n", "größe")).toBe(false);
    expect(mayCarryTag("# Größe heading\n", "größe")).toBe(false);
  });

  test("no tag to look for: nothing carries it", () => {
    expect(mayCarryTag("#incubator\n", "#")).toBe(false);
    expect(mayCarryTag("#incubator\n", "")).toBe(false);
  });

  test("reads the configured tag, with or without #", () => {
    expect(mayCarryTag("#seedling\n", "#seedling")).toBe(true);
    expect(mayCarryTag("#incubator\n", "seedling")).toBe(false);
  });
});
