import { parseNote } from "../../src/core/note/parse-note";
import { defaultCoreSettings } from "../../src/core/settings";
import { compactModel } from "../../src/core/vault/compact-model";
import { readSeed } from "../helpers/shared";

describe("the model as the index keeps it", () => {
  test("is an equal copy of the parsed model, sharing no object with it", () => {
    const model = parseNote("EC2 Instance Storage.md", readSeed(), defaultCoreSettings());
    const kept = compactModel(model);
    expect(kept).toEqual(model);
    expect(kept).not.toBe(model);
    expect(kept.definitions).not.toBe(model.definitions);
    expect(kept.definitions[0]).not.toBe(model.definitions[0]);
  });
});
