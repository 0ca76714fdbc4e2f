/** Which quiz note a note or an upstream gets, by what name, and what regenerating it reports. */
import { buildQuizNote, defaultQuizSettings, groupTarget, noteTarget } from "../../src/core/quiz/quiz-note";
import { indexOf } from "../helpers/index";

const idea = (up = "Top") => `#incubator\nupstream: [[${up}]]\n\n**Widget** is a small part with a knob.\n`;
const SETTINGS = defaultQuizSettings();

describe("the quiz note of a note", () => {
  test("notes of one title are told apart by their folder, the vault root named as such", () => {
    const shot = indexOf({ "Idea.md": idea(), "A/B/Idea.md": idea(), "Top.md": "# Top\n" }).snapshot();
    const names = shot.notes.map((n) => [n.path, noteTarget(n, shot, SETTINGS).name]);
    expect(names).toEqual([
      ["A/B/Idea.md", "Idea (A, B)"],
      ["Idea.md", "Idea (vault root)"],
    ]);
    expect(shot.notes.map((n) => noteTarget(n, shot, SETTINGS).sourceLinks)).toEqual([["[[A/B/Idea]]"], ["[[Idea]]"]]);
  });

  test("notes of one title in folders that differ only in case get a short hash too", () => {
    const shot = indexOf({ "A/Idea.md": idea(), "a/idea.md": idea(), "Top.md": "# Top\n" }).snapshot();
    const names = shot.notes.map((n) => noteTarget(n, shot, SETTINGS).name);
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^(Idea|idea) \((A|a), [0-9a-f]{4}\)$/);
    expect(new Set(names).size).toBe(2);
  });

  test("a note under two upstreams has its cards in the deck of the first it names, not of the first by name", () => {
    const shot = indexOf({ "Idea.md": "#incubator\nupstream: [[Zeta]], [[alpha]]\n\n**Widget** is a part.\n", "Zeta.md": "# Z\n", "Alpha.md": "# A\n" }).snapshot();
    expect(noteTarget(shot.notes[0], shot, SETTINGS).group).toBe("Zeta");
    const missing = indexOf({ "Idea.md": "#incubator\nupstream: [[Zeta Gone]], [[Alpha]]\n\n**Widget** is a part.\n", "Alpha.md": "# A\n" }).snapshot();
    expect(noteTarget(missing.notes[0], missing, SETTINGS).group).toBe("Zeta Gone");
    const none = indexOf({ "Idea.md": "#incubator\n\n**Widget** is a part.\n" }).snapshot();
    expect(noteTarget(none.notes[0], none, SETTINGS).group).toBe("");
  });

  test("a title of its own is the name, and the note is named by its title", () => {
    const shot = indexOf({ "A/Idea.md": idea(), "Top.md": "# Top\n" }).snapshot();
    expect(noteTarget(shot.notes[0], shot, SETTINGS)).toMatchObject({ name: "Idea", path: "Incubator quizzes/Idea quiz.md", group: "Top", sourceLinks: undefined });
  });
});

describe("the quiz note of an upstream", () => {
  const shot = () => indexOf({ "One.md": idea("EC2"), "Two.md": idea("EC2"), "Lone.md": "#incubator\n\n**Thing** is a thing.\n", "EC2.md": "# EC2\n" }).snapshot();

  test("found whatever the case it is asked in; notes without an upstream are a group too", () => {
    expect(groupTarget("ec2", shot(), SETTINGS)).toMatchObject({ name: "EC2", path: "Incubator quizzes/EC2 quiz.md", group: "EC2" });
    expect(groupTarget(null, shot(), SETTINGS)).toMatchObject({ name: "No upstream", group: "", sources: [{ path: "Lone.md" }] });
    expect(groupTarget("Nothing", shot(), SETTINGS)).toBeNull();
  });

  test("regenerated: unchanged says so; a note that left takes its heading away and retires its cards", () => {
    const first = buildQuizNote(null, groupTarget("EC2", shot(), SETTINGS)!, shot(), SETTINGS);
    expect(first.changed).toBe(true);
    expect(first.text).toContain("## One\n");
    expect(buildQuizNote(first.text, groupTarget("EC2", shot(), SETTINGS)!, shot(), SETTINGS)).toMatchObject({ changed: false, retired: [], edited: [] });
    const fewer = indexOf({ "Two.md": idea("EC2"), "EC2.md": "# EC2\n" }).snapshot();
    const again = buildQuizNote(first.text, groupTarget("EC2", fewer, SETTINGS)!, fewer, SETTINGS);
    expect(again.changed).toBe(true);
    expect(again.text).not.toContain("## One\n");
    expect(again.retired.length).toBeGreaterThan(0);
    expect(again.retired.every((id) => !id.startsWith("note-") && id !== "deck")).toBe(true);
  });
});
