/** The links a note holds (the panel, promotion and the index read them): every form, in the order written. */
import { model } from "../helpers/model";

describe("links in a note", () => {
  test("each form with its target, heading, display text and embed mark, in the order written", () => {
    const line = "[first](Notes/My%20Idea.md#%20Part%20) then ![[Diagram.png| Big ]], [[EC2 # Storage | the store ]], ![](<img one.png>) and [](Other.md)";
    const links = model(`#incubator\n${line}\n`).links;
    expect(links.map(({ target, subpath, display, kind, embed, line: at, col }) => ({ target, subpath, display, kind, embed, line: at, col }))).toEqual([
      { target: "Notes/My Idea.md", subpath: "Part", display: "first", kind: "markdown", embed: false, line: 2, col: 0 },
      { target: "Diagram.png", subpath: null, display: "Big", kind: "wiki", embed: true, line: 2, col: line.indexOf("![[") },
      { target: "EC2", subpath: "Storage", display: "the store", kind: "wiki", embed: false, line: 2, col: line.indexOf("[[EC2") },
      { target: "img one.png", subpath: null, display: null, kind: "markdown", embed: true, line: 2, col: line.indexOf("![](") },
      { target: "Other.md", subpath: null, display: null, kind: "markdown", embed: false, line: 2, col: line.indexOf("[](Other") },
    ]);
  });

  test("a link to a heading of the same note, an empty one and an external one", () => {
    const links = model("#incubator\n[[#Intro]] [[ ]] [site](https://example.com) [mail](mailto:a@b.c)\n").links;
    expect(links.map((l) => [l.target, l.subpath])).toEqual([["", "Intro"]]);
  });
});
