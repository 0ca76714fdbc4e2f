/** The wrong answers of a multiple-choice card: other terms a learner could confuse with the right one. */
import { distractorsFrom, pickDistractors, wordsOf } from "../../src/core/quiz/distractors";
import type { Definition } from "../../src/core/note/model";

const def = (term: string, text: string, aliases: string[] = []): Definition => ({ term, aliases, text, heading: "", line: 1 });
const STORE = def("Instance Store", "temporary block storage on the host's disks", ["Ephemeral Storage"]);

describe("distractors from the vault's other terms", () => {
  test("the terms sharing most words first, ties in alphabetical order", () => {
    const far = ["Unrelated Thing", "Storage Gateway", "Host Machine", "Block Storage Volume"];
    expect(pickDistractors(distractorsFrom([], far), "N.md", "k", STORE)).toEqual(["Block Storage Volume", "Host Machine", "Storage Gateway"]);
  });

  test("words of two letters or fewer are not shared words; without three, there are none", () => {
    expect(pickDistractors(distractorsFrom([], ["Block Storage Volume", "Host Machine", "Go On"]), "N.md", "k", STORE)).toBeNull();
  });

  test("never the term itself or one of its names, in any case, and never twice", () => {
    const near = ["instance store", "EPHEMERAL STORAGE", "EBS Volume", "ebs volume", "Snapshot", "AMI"];
    for (const key of ["a", "b", "c", "d", "e"]) {
      const picked = pickDistractors(distractorsFrom(near, []), "N.md", key, STORE) ?? [];
      expect(picked).toHaveLength(3);
      expect(new Set(picked.map((p) => p.toLowerCase())).size).toBe(3);
      for (const p of picked) expect(["instance store", "ephemeral storage"]).not.toContain(p.toLowerCase());
    }
  });

  test("the same card gets the same picks; cards differ from one another", () => {
    const near = ["A1", "B2", "C3", "D4", "E5", "F6", "G7", "H8"];
    const pick = (key: string) => pickDistractors(distractorsFrom(near, []), "N.md", key, STORE);
    expect(pick("card-1")).toEqual(pick("card-1"));
    const seen = new Set(["card-1", "card-2", "card-3", "card-4", "card-5", "card-6"].map((k) => JSON.stringify(pick(k))));
    expect(seen.size).toBeGreaterThan(1);
  });

  test("near terms first, then shared words make up the rest", () => {
    const picked = pickDistractors(distractorsFrom(["EBS Volume"], ["Block Storage Volume", "Host Machine", "Nothing Alike"]), "N.md", "k", STORE);
    expect(picked).toEqual(["EBS Volume", "Block Storage Volume", "Host Machine"]);
  });
});

test("the words that tell terms apart: lower case, three letters or more, split at anything not a letter or digit", () => {
  expect([...wordsOf("EC2 Instance-Store: on AWS (ünïcode) 42x")]).toEqual(["ec2", "instance", "store", "aws", "ünïcode", "42x"]);
});
