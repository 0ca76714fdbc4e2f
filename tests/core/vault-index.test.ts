/** SPEC §4: the vault index, link resolution as Obsidian does it, groups and upstream problems. */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import * as path from "path";
import { defaultCoreSettings } from "../../src/core/settings";
import { PathLinkResolver } from "../../src/core/vault/link-resolver";
import { VaultIndex } from "../../src/core/vault/vault-index";
import { indexOf } from "../helpers/index";
import { readVault } from "../helpers/shared";

const FIXTURE = path.resolve(__dirname, "../fixtures/resolution-vault");

const note = (upstream: string, term = "Idea") => `#incubator\nupstream: ${upstream}\n\n**${term}** is a thing.\n`;

describe("link resolution (as Obsidian's getFirstLinkpathDest)", () => {
  const resolver = new PathLinkResolver();
  ["Compute/EC2.md", "Archive/Compute/EC2.md", "Notes/Storage.md", "Storage.md", "Images/diagram.png", "Node.js.md"].forEach((p) => resolver.add(p));

  test.each([
    ["exact path without .md", "Compute/EC2", "X.md", "Compute/EC2.md"],
    ["exact path, any case, with .md", "compute/ec2.md", "X.md", "Compute/EC2.md"],
    ["basename: the shortest path wins", "EC2", "X.md", "Compute/EC2.md"],
    ["basename: the linking note's folder wins", "EC2", "Archive/Compute/Note.md", "Archive/Compute/EC2.md"],
    ["basename: root beats deeper", "Storage", "Other/X.md", "Storage.md"],
    ["an exact vault path beats the linking note's folder (SPEC §2)", "Storage", "Notes/X.md", "Storage.md"],
    ["basename: the linking note's folder beats a shorter path", "EC2", "Archive/Compute/Sub.md", "Archive/Compute/EC2.md"],
    ["partial path suffix", "Compute/EC2", "Archive/X.md", "Compute/EC2.md"],
    ["relative ./", "./Storage", "Notes/X.md", "Notes/Storage.md"],
    ["relative ../", "../Storage", "Notes/X.md", "Storage.md"],
    ["a non-note file", "diagram.png", "X.md", "Images/diagram.png"],
    ["a dot in the name", "Node.js", "X.md", "Node.js.md"],
    ["missing", "Nowhere", "X.md", null],
    ["climbing out of the vault", "../../x", "X.md", null],
  ])("%s", (_name, link, from, expected) => {
    expect(resolver.resolve(link, from)).toBe(expected);
  });

  test("removing a file stops it resolving", () => {
    const r = new PathLinkResolver();
    r.add("A/B.md");
    r.remove("A/B.md");
    expect(r.resolve("B", "X.md")).toBeNull();
  });

  test("files that share a name: each is found, and removing one leaves the others", () => {
    const r = new PathLinkResolver();
    ["A/B.md", "C/D/B.md", "E/b.md"].forEach((p) => r.add(p));
    expect(r.has("c/d/b.MD")).toBe(true);
    expect(r.resolve("C/D/B", "X.md")).toBe("C/D/B.md");
    r.remove("A/B.md");
    expect(r.has("A/B.md")).toBe(false);
    expect(r.resolve("B", "X.md")).toBe("E/b.md");
    r.remove("E/b.md");
    expect(r.resolve("B", "X.md")).toBe("C/D/B.md");
    r.remove("C/D/B.md");
    expect(r.resolve("B", "X.md")).toBeNull();
  });
});

describe("link resolution: names that look alike", () => {
  const resolverOf = (...paths: string[]) => {
    const r = new PathLinkResolver();
    paths.forEach((p) => r.add(p));
    return r;
  };

  test("a partial path matches whole folder names, in any case", () => {
    const r = resolverOf("Archive/Compute/EC2.md", "Old/MyCompute/EC2.md");
    expect(r.resolve("Compute/EC2", "X.md")).toBe("Archive/Compute/EC2.md");
    expect(r.resolve("compute/ec2", "X.md")).toBe("Archive/Compute/EC2.md");
    expect(r.resolve("pute/EC2", "X.md")).toBeNull();
  });

  test("of two notes of a name elsewhere, the one in fewer folders wins, even with the longer path", () => {
    const r = resolverOf("a/b/Note.md", "A longer folder name/Note.md");
    expect(r.resolve("Note", "X.md")).toBe("A longer folder name/Note.md");
  });

  test("a link with a file's extension finds that file before a note named after it", () => {
    const r = resolverOf("Scripts/build.sh", "Notes/build.sh.md");
    expect(r.resolve("build.sh", "X.md")).toBe("Scripts/build.sh");
    expect(r.resolve("build.sh.md", "X.md")).toBe("Notes/build.sh.md");
  });

  test("a link without an extension finds the note before a file of the bare name", () => {
    const r = resolverOf("LICENSE", "LICENSE.md");
    expect(r.resolve("LICENSE", "X.md")).toBe("LICENSE.md");
  });

  test("leading slashes start at the vault's root", () => {
    const r = resolverOf("Storage.md", "Notes/Storage.md");
    expect(r.resolve("/Storage", "Notes/X.md")).toBe("Storage.md");
    expect(r.resolve("//Notes/Storage", "X.md")).toBe("Notes/Storage.md");
  });

  test("a relative link may use backslashes, and may not climb above the vault even when the name exists", () => {
    const r = resolverOf("Storage.md", "Notes/Storage.md");
    expect(r.resolve("../Notes\\Storage", "Archive/X.md")).toBe("Notes/Storage.md");
    expect(r.resolve("../../Storage", "Notes/X.md")).toBeNull();
  });
});

describe("the vault index", () => {
  test("groups a fixture vault by resolved upstream", () => {
    const snapshot = indexOf(readVault(FIXTURE)).snapshot();
    expect(snapshot.groups).toEqual([
      { upstream: "EC2", path: "Archive/Compute/EC2.md", notes: ["Archive/Old AMI.md"] },
      { upstream: "EC2", path: "Compute/EC2.md", notes: ["Archive/Old AMI.md", "Compute/Instance Store.md"] },
      { upstream: "Storage", path: "Notes/Storage.md", notes: ["Archive/Old AMI.md"] },
      { upstream: "Storage", path: "Storage.md", notes: ["Archive/Old AMI.md", "Notes/Block Storage.md"] },
    ]);
    expect(snapshot.notes.map((n) => n.path)).toEqual(["Archive/Old AMI.md", "Compute/Instance Store.md", "Notes/Block Storage.md"]);
  });

  test("unresolved targets form their own group, notes without upstream one group, last", () => {
    const snapshot = indexOf({ "A.md": note("[[Missing]]"), "B.md": "#incubator\n**B** is b.", "C.md": note("[[missing]]") }).snapshot();
    expect(snapshot.groups).toEqual([
      { upstream: "Missing", path: null, notes: ["A.md", "C.md"] },
      { upstream: null, path: null, notes: ["B.md"] },
    ]);
    expect(snapshot.notes[0].problems).toEqual([{ code: "unresolved-upstream", message: 'The upstream note "Missing" does not exist.', line: 2, subject: "Missing" }]);
    expect(snapshot.notes[0].ready).toBe(false);
  });

  test("self and cyclic upstreams are problems", () => {
    const snapshot = indexOf({
      "Self.md": note("[[Self]]"),
      "A.md": note("[[B]]"),
      "B.md": note("[[C]]"),
      "C.md": note("[[A]]"),
      "D.md": note("[[A]]"),
    }).snapshot();
    const codes = Object.fromEntries(snapshot.notes.map((n) => [n.path, n.problems.map((p) => p.code)]));
    expect(codes).toEqual({
      "A.md": ["upstream-cycle"],
      "B.md": ["upstream-cycle"],
      "C.md": ["upstream-cycle"],
      "D.md": [],
      "Self.md": ["self-upstream"],
    });
  });

  test("a note under two upstreams, one of them upstream of the other, is on no cycle; a note naming itself is told so", () => {
    const snapshot = indexOf({ "A.md": note("[[B]], [[C]]"), "B.md": note("[[Top]]"), "C.md": note("[[B]]"), "Self.md": note("[[Self]]") }).snapshot();
    expect(snapshot.notes.flatMap((n) => n.problems.map((p) => `${n.path}: ${p.message}`))).toEqual([
      'B.md: The upstream note "Top" does not exist.',
      "Self.md: The note names itself as its upstream.",
    ]);
  });

  test("a cycle through a non-incubator note is not an incubator cycle", () => {
    const snapshot = indexOf({ "A.md": note("[[B]]"), "B.md": "#evergreen\nupstream: [[A]]" }).snapshot();
    expect(snapshot.notes[0].problems).toEqual([]);
  });

  test("readiness follows the configured checks", () => {
    const files = { "Up.md": "# Up", "A.md": note("[[Up]]") + "\n### Empty\n" };
    expect(indexOf(files).snapshot().notes[0]).toMatchObject({ ready: true, blockers: [] });
    const strict = new VaultIndex({ ...defaultCoreSettings(), readinessChecks: ["empty-section"] });
    Object.entries(files).forEach(([p, t]) => strict.upsert(p, t));
    expect(strict.snapshot().notes[0]).toMatchObject({ ready: false, blockers: ["empty-section"] });
  });

  test("creating the missing upstream note resolves it; deleting it unresolves it", () => {
    const index = indexOf({ "A.md": note("[[Up]]") });
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: null }]);
    index.upsert("Topics/Up.md", "# Up");
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: "Topics/Up.md" }]);
    index.remove("Topics/Up.md");
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: null }]);
  });

  test("the snapshot is memoised until something changes; editing a plain note changes nothing", () => {
    const index = indexOf({ "A.md": note("[[Up]]"), "Plain.md": "text" });
    const first = index.snapshot();
    const revision = index.revision;
    expect(index.upsert("Plain.md", "other text")).toBe(false);
    expect(index.revision).toBe(revision);
    expect(index.snapshot()).toBe(first);
    index.upsert("A.md", note("[[Up]]", "Other"));
    expect(index.snapshot()).not.toBe(first);
  });

  test("removing the tag takes a note out of the incubator", () => {
    const index = indexOf({ "A.md": note("[[Up]]") });
    index.upsert("A.md", "upstream: [[Up]]\n**A** is a.");
    expect(index.snapshot().notes).toEqual([]);
  });
});

describe("what each change to the index reports", () => {
  test("a new plain file is a change (a link may now resolve to it); the same text again is not; a note losing its tag is", () => {
    const index = indexOf({ "A.md": note("[[Up]]") });
    const before = index.revision;
    expect(index.upsert("Up.md", "# Up")).toBe(true);
    expect(index.revision).toBeGreaterThan(before);
    expect(index.upsert("Up.md", "# Up")).toBe(false);
    expect(index.upsert("A.md", "upstream: [[Up]]")).toBe(true);
    expect(index.snapshot().notes).toEqual([]);
  });

  test("registering a file without reading it: a change once, then not", () => {
    const index = indexOf({ "A.md": note("[[Up]]") });
    expect(index.addFile("Up.md")).toBe(true);
    expect(index.addFile("Up.md")).toBe(false);
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: "Up.md" }]);
  });

  test("marking a note plain takes it out of the incubator and keeps it as a link target", () => {
    const index = indexOf({ "A.md": note("[[Up]]"), "Up.md": note("[[Top]]") });
    expect(index.markPlain("Up.md")).toBe(true);
    expect(index.snapshot().notes.map((n) => n.path)).toEqual(["A.md"]);
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: "Up.md" }]);
    expect(index.markPlain("Up.md")).toBe(false);
    expect(index.markPlain("New.md")).toBe(true);
  });

  test("removing: a plain file stops resolving, a path the index never saw is no change", () => {
    const index = indexOf({ "A.md": note("[[Up]]"), "Up.md": "# Up" });
    expect(index.remove("Nowhere.md")).toBe(false);
    expect(index.remove("Up.md")).toBe(true);
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: null }]);
  });

  test("a note renamed with its text keeps its modification time unless a new one is given", () => {
    const index = new VaultIndex(defaultCoreSettings());
    index.upsert("A.md", note("[[Up]]"), 1000);
    index.rename("A.md", "B.md", note("[[Up]]"));
    expect(index.snapshot().notes[0]).toMatchObject({ path: "B.md", mtime: 1000 });
    index.rename("B.md", "C.md", note("[[Up]]"), 2000);
    expect(index.snapshot().notes[0]).toMatchObject({ path: "C.md", mtime: 2000 });
  });
});

describe("the order of notes and groups", () => {
  test("notes by path, groups by upstream name, notes without upstream last", () => {
    const index = indexOf({
      "Ideas/Zeta.md": note("[[Beta]]"),
      "A first.md": "#incubator\n**Alone** is a note without upstream.",
      "Ideas/Alpha.md": note("[[Gamma]]"),
      "Ideas/Mid.md": note("[[Alpha topic]]"),
    });
    const snapshot = index.snapshot();
    expect(snapshot.notes.map((n) => n.path)).toEqual(["A first.md", "Ideas/Alpha.md", "Ideas/Mid.md", "Ideas/Zeta.md"]);
    expect(snapshot.groups.map((g) => g.upstream)).toEqual(["Alpha topic", "Beta", "Gamma", null]);
  });

  test("missing upstreams of different names are different groups; a note naming one twice stands in it once", () => {
    const groups = indexOf({ "A.md": note("[[Gone]], [[Gone]]"), "B.md": note("[[Lost]]") }).snapshot().groups;
    expect(groups).toEqual([
      { upstream: "Gone", path: null, notes: ["A.md"] },
      { upstream: "Lost", path: null, notes: ["B.md"] },
    ]);
  });
});

type Op =
  | { kind: "write"; path: string; text: string }
  | { kind: "rename"; from: string; to: string }
  | { kind: "delete"; path: string };

describe("incremental updates equal a rebuild (property)", () => {
  const names = ["A", "B", "C", "Dir/A", "Dir/D", "E"];
  const paths = names.map((n) => `${n}.md`);
  const text = fc.oneof(
    fc.constantFrom("plain text", "#evergreen\n# Topic"),
    fc.record({
      up: fc.constantFrom(...names, "Missing", "dir/a"),
      term: fc.constantFrom("Alpha", "Beta"),
      tag: fc.constantFrom("#incubator", "#incubator/x", "#incubator-old"),
    }).map(({ up, term, tag }) => `${tag}\nupstream: [[${up}]]\n\n**${term}** is a thing.\n`),
  );
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant("write" as const), path: fc.constantFrom(...paths), text }),
    fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }),
    fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...paths) }),
  );

  test("after any sequence of create / modify / rename / delete", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const files = new Map<string, string>();
        const index = new VaultIndex(defaultCoreSettings());
        for (const o of ops) {
          if (o.kind === "write") {
            files.set(o.path, o.text);
            index.upsert(o.path, o.text);
          } else if (o.kind === "delete") {
            files.delete(o.path);
            index.remove(o.path);
          } else if (files.has(o.from) && !files.has(o.to)) {
            const moved = files.get(o.from) as string;
            files.delete(o.from);
            files.set(o.to, moved);
            index.rename(o.from, o.to, moved);
          }
          // Read a snapshot mid-way too, so that memoisation is exercised.
          index.snapshot();
        }
        const rebuilt = indexOf(Object.fromEntries(files));
        expect(index.snapshot().notes).toEqual(rebuilt.snapshot().notes);
        expect(index.snapshot().groups).toEqual(rebuilt.snapshot().groups);
      }),
      { numRuns: propertyRuns(400) },
    );
  });
});

describe("unchanged saves", () => {
  test("writing the same text again changes nothing; new text or a new mtime does", () => {
    const index = new VaultIndex(defaultCoreSettings());
    const text = "#incubator\nupstream: [[Up]]\n\n**A** is a.";
    expect(index.upsert("A.md", text, 1)).toBe(true);
    const revision = index.revision;
    expect(index.upsert("A.md", text, 1)).toBe(false);
    expect(index.revision).toBe(revision);
    expect(index.upsert("A.md", text, 2)).toBe(true);
    expect(index.upsert("A.md", text.replace("a.", "b."), 2)).toBe(true);
  });
});

describe("report reuse", () => {
  test("a note whose model and upstream did not change keeps its report object", () => {
    const index = new VaultIndex(defaultCoreSettings());
    index.upsert("Up.md", "# Up");
    index.upsert("A.md", "#incubator\nupstream: [[Up]]\n\n**A** is a.");
    index.upsert("B.md", "#incubator\nupstream: [[Up]]\n\n**B** is b.");
    const [a1, b1] = index.snapshot().notes;
    index.upsert("B.md", "#incubator\nupstream: [[Up]]\n\n**B** is bee.");
    const [a2, b2] = index.snapshot().notes;
    expect(a2).toBe(a1);
    expect(b2).not.toBe(b1);
    index.remove("Up.md");
    expect(index.snapshot().notes[0]).not.toBe(a1);
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: null }]);
  });
});

describe("an index read once (the CLI's)", () => {
  test("reports the same as one kept for updates", () => {
    const files = readVault(path.resolve(__dirname, "../../examples/vault"));
    const compacted = indexOf(files);
    const asParsed = new VaultIndex(defaultCoreSettings(), undefined, { readOnce: true });
    for (const [p, text] of Object.entries(files)) asParsed.upsert(p, text);
    expect(asParsed.snapshot().notes.length).toBeGreaterThan(0);
    expect(JSON.stringify(asParsed.snapshot())).toBe(JSON.stringify(compacted.snapshot()));
  });

  test("a note upserted again is parsed again (no hash to say it is unchanged), and an update still shows", () => {
    const index = new VaultIndex(defaultCoreSettings(), undefined, { readOnce: true });
    const text = "#incubator\nupstream: [[Up]]\n\n**A** is a.";
    expect(index.upsert("A.md", text, 1)).toBe(true);
    expect(index.upsert("A.md", text, 1)).toBe(true);
    expect(index.upsert("A.md", text.replace("a.", "b."), 1)).toBe(true);
    expect(index.model("A.md")?.definitions[0].text).toBe("A is b.");
  });
});

describe("compaction of kept models", () => {
  const note = (term: string) => `#incubator\nupstream: [[Up]]\n\n**${term}** is a thing with a long enough description.`;

  test("the note saved last is kept as parsed; it is compacted when another note changes, reading the same", () => {
    const index = new VaultIndex(defaultCoreSettings());
    index.upsert("A.md", note("Alpha"), 1);
    const parsed = index.model("A.md");
    index.upsert("A.md", note("Alpha two"), 2);
    const saved = index.model("A.md");
    expect(saved).not.toBe(parsed);
    index.upsert("Plain.md", "no tag here", 1);
    expect(index.model("A.md")).toBe(saved);
    index.upsert("B.md", note("Beta"), 1);
    const compacted = index.model("A.md");
    expect(compacted).not.toBe(saved);
    expect(JSON.stringify(compacted)).toBe(JSON.stringify(saved));
    index.upsert("B.md", note("Beta two"), 2);
    expect(index.model("A.md")).toBe(compacted);
  });

  test("compaction keeps the last snapshot's report (views compare reports) and makes it read the compacted model", () => {
    const index = new VaultIndex(defaultCoreSettings());
    index.upsert("A.md", note("Alpha"), 1);
    const report = index.snapshot().notes[0];
    const before = JSON.stringify(report);
    index.upsert("B.md", note("Beta"), 1);
    const after = index.snapshot().notes.find((n) => n.path === "A.md");
    expect(after).toBe(report);
    expect(JSON.stringify(after)).toBe(before);
    expect(after?.definitions).toBe(index.model("A.md")?.definitions);
  });

  test("a renamed or removed note left as parsed is followed", () => {
    const index = new VaultIndex(defaultCoreSettings());
    index.upsert("A.md", note("Alpha"), 1);
    index.rename("A.md", "Moved/A.md");
    const moved = index.model("Moved/A.md");
    index.upsert("B.md", note("Beta"), 1);
    expect(index.model("Moved/A.md")).not.toBe(moved);
    expect(JSON.stringify(index.model("Moved/A.md"))).toBe(JSON.stringify(moved));
    index.remove("B.md");
    index.upsert("C.md", note("Gamma"), 1);
    expect(index.model("B.md")).toBeUndefined();
    expect(index.snapshot().notes.map((n) => n.path)).toEqual(["C.md", "Moved/A.md"]);
  });

  test("an index read once keeps every model as parsed", () => {
    const index = new VaultIndex(defaultCoreSettings(), undefined, { readOnce: true });
    index.upsert("A.md", note("Alpha"), 1);
    const parsed = index.model("A.md");
    index.upsert("B.md", note("Beta"), 1);
    expect(index.model("A.md")).toBe(parsed);
  });
});
