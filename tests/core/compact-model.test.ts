import * as path from "path";
import { parseNote } from "../../src/core/note/parse-note";
import { defaultCoreSettings } from "../../src/core/settings";
import { compactModel } from "../../src/core/vault/compact-model";
import { CORPUS_DIR, corpusPresent, EXAMPLE_VAULT, readSeed, readVault } from "../helpers/shared";

describe("the model as the index keeps it", () => {
  test("is an equal copy of the parsed model, sharing no object with it", () => {
    const model = parseNote("EC2 Instance Storage.md", readSeed(), defaultCoreSettings());
    const kept = compactModel(model);
    expect(kept).toEqual(model);
    expect(kept).not.toBe(model);
    expect(kept.definitions).not.toBe(model.definitions);
    expect(kept.definitions[0]).not.toBe(model.definitions[0]);
  });

  // Rebuilt field by field: a field left out or put in another order shows in the JSON.
  const notes = { ...readVault(EXAMPLE_VAULT), ...(corpusPresent ? readVault(path.join(CORPUS_DIR, "notes")) : {}) };
  test.each(Object.keys(notes))("serialises as the parsed model does: %s", (file) => {
    const model = parseNote(file, notes[file], defaultCoreSettings());
    expect(JSON.stringify(compactModel(model))).toBe(JSON.stringify(model));
  });
});
