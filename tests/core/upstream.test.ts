/** SPEC §2: every upstream form real vaults use. */
import { model } from "../helpers/model";

const targets = (text: string, keys?: string[]) =>
  (model(`#incubator\n${text}`, "Note.md", keys ? { upstreamKeys: keys } : {}).upstream?.targets ?? []).map((t) =>
    t.subpath ? `${t.link}#${t.subpath}` : t.link,
  );

describe("the upstream link (SPEC §2)", () => {
  test.each([
    ["plain key", "upstream: [[EC2]]", ["EC2"]],
    ["no space after the colon", "upstream:[[EC2]]", ["EC2"]],
    ["Dataview inline field", "upstream:: [[EC2]]", ["EC2"]],
    ["inside a heading", "###### upstream: [[EC2]]", ["EC2"]],
    ["capitalised key in a heading", "###### Upstream: [[EC2]]", ["EC2"]],
    ["list item", "- upstream: [[EC2]]", ["EC2"]],
    ["blockquote", "> upstream: [[EC2]]", ["EC2"]],
    ["several, comma", "upstream: [[A]], [[B]]", ["A", "B"]],
    ["several, space", "upstream: [[A]] [[B]]", ["A", "B"]],
    ["trailing comma", "upstream: [[A]], [[B]],", ["A", "B"]],
    ["alias", "upstream: [[Compute/EC2|EC2]]", ["Compute/EC2"]],
    ["heading link", "upstream: [[EC2#Storage]]", ["EC2#Storage"]],
    ["block link", "upstream: [[EC2#^abc123]]", ["EC2#^abc123"]],
    ["Markdown link", "upstream: [EC2](Compute/EC2.md)", ["Compute/EC2.md"]],
    ["Markdown link with encoded spaces", "upstream: [EC2](Compute/Elastic%20Compute.md)", ["Compute/Elastic Compute.md"]],
    ["Markdown link in angle brackets", "upstream: [EC2](<Compute/Elastic Compute.md>)", ["Compute/Elastic Compute.md"]],
    ["key up", "up: [[EC2]]", ["EC2"]],
    ["key parent", "parent: [[EC2]]", ["EC2"]],
    ["followed by --- (setext underline)", "upstream: [[EC2]]\n---", ["EC2"]],
    ["external URL is not an upstream", "upstream: [EC2](https://aws.amazon.com/ec2/)", []],
    ["key must be the whole word", "upstreams: [[EC2]]", []],
    ["prose after a key is not a field", "Up: the sky is blue", []],
    ["inside code", "```\nupstream: [[EC2]]\n```", []],
    ["inside inline code", "`upstream: [[EC2]]`", []],
    ["inside a comment", "%% upstream: [[EC2]] %%", []],
    ["numbered list item", "12. upstream: [[EC2]]", ["EC2"]],
    ["a tab after the heading's hashes", "##\tupstream: [[EC2]]", ["EC2"]],
    ["seven hashes are no heading", "####### upstream: [[EC2]]", []],
    ["a tag is no heading", "#upstream: [[EC2]]", []],
    ["a link to a heading of this note is no upstream", "upstream: [[#Intro]]", []],
  ])("%s", (_name, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });

  test("the first line with links wins; its line is reported", () => {
    const m = model("#incubator\nupstream:\nbody\nup: [[B]]");
    expect(m.upstream).toEqual({ line: 4, targets: [{ link: "B", subpath: null }] });
  });

  test("an empty field is reported as no-upstream on its line", () => {
    const m = model("#incubator\n###### upstream: \n\n**X** is y.");
    expect(m.upstream).toEqual({ line: 2, targets: [] });
    expect(m.problems).toContainEqual(expect.objectContaining({ code: "no-upstream", line: 2 }));
  });

  test("a missing field is reported as no-upstream", () => {
    expect(model("#incubator\n**X** is y.").problems).toContainEqual(expect.objectContaining({ code: "no-upstream", line: 1 }));
  });

  test("frontmatter: a string or a list of links, key case-insensitive", () => {
    expect(model('---\nupstream: "[[EC2]]"\n---\n').upstream).toEqual({ line: 2, targets: [{ link: "EC2", subpath: null }] });
    expect(model('---\nUpstream:\n  - "[[A]]"\n  - "[[B|b]]"\n---\n').upstream?.targets.map((t) => t.link)).toEqual(["A", "B"]);
  });

  test("keys are a setting (the corpus vault adds north)", () => {
    expect(targets("North: [[Algorithms]]")).toEqual([]);
    expect(targets("North: [[Algorithms]]", ["upstream", "north"])).toEqual(["Algorithms"]);
  });

  test.each([
    ["nothing after the key", "upstream:"],
    ["nothing after a Dataview key", "upstream::"],
    ["only commas", "upstream: , ,"],
  ])("an empty field: %s", (_name, line) => {
    expect(model(`#incubator\n${line}\n`).upstream).toEqual({ line: 2, targets: [] });
  });

  test("of two empty fields the first is reported; a later field with links wins over both", () => {
    expect(model("#incubator\nupstream:\nup:\n").upstream).toEqual({ line: 2, targets: [] });
    expect(model("#incubator\nupstream:\nup:\nparent: [[P]]\n").upstream).toEqual({ line: 4, targets: [{ link: "P", subpath: null }] });
  });

  test("frontmatter: a name without brackets is the link; a broken link is none", () => {
    expect(model("---\nupstream: Big Parent\n---\n").upstream).toEqual({ line: 2, targets: [{ link: "Big Parent", subpath: null }] });
    expect(model('---\nupstream: "[[Parent"\n---\n').upstream).toEqual({ line: 2, targets: [] });
  });

  test("frontmatter without links: a body field with links is the upstream, else the empty property", () => {
    expect(model("---\nupstream:\n---\nupstream: [[B]]\n").upstream).toEqual({ line: 4, targets: [{ link: "B", subpath: null }] });
    expect(model("---\nupstream:\n---\ntext\n").upstream).toEqual({ line: 2, targets: [] });
  });

  test("prose after a key is no field, not even an empty one", () => {
    expect(model("#incubator\nUp: the sky is blue\n").upstream).toBeNull();
  });

  test("the property wins over a body field", () => {
    expect(model("---\nupstream: '[[A]]'\n---\nupstream: [[B]]\n").upstream).toEqual({ line: 2, targets: [{ link: "A", subpath: null }] });
  });

  test("keys written with spaces around them in the settings", () => {
    expect(targets("North: [[Algorithms]]", [" north "])).toEqual(["Algorithms"]);
    expect(model("---\nnorth: '[[Algorithms]]'\n---\n", "Note.md", { upstreamKeys: [" north "] }).upstream?.targets).toEqual([{ link: "Algorithms", subpath: null }]);
  });

  test("CRLF and a BOM do not change the upstream", () => {
    const text = "#incubator\r\nupstream: [[EC2]]\r\n";
    expect(model("\uFEFF" + text).upstream).toEqual(model(text.replace(/\r/g, "")).upstream);
  });
});
