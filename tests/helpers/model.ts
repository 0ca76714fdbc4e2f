import { parseNote } from "../../src/core/note/parse-note";
import type { NoteModel } from "../../src/core/note/model";
import { defaultCoreSettings, type CoreSettings } from "../../src/core/settings";

/** The model of a small note written inline in a test. */
export function model(text: string, path = "Note.md", settings: Partial<CoreSettings> = {}): NoteModel {
  return parseNote(path, text, { ...defaultCoreSettings(), ...settings });
}
