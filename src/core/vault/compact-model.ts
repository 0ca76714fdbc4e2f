/**
 * A model as the index keeps it. Strings a parser slices from a note's text can keep the whole
 * text alive (JavaScript engines share the characters of a substring with its parent), so a
 * kept model is rebuilt from a copy, with each repeated string (heading paths, subjects, link
 * targets) held once.
 */
import type { NoteModel } from "../note/model";

export function compactModel(model: NoteModel): NoteModel {
  const held = new Map<string, string>([[model.path, model.path]]);
  return JSON.parse(JSON.stringify(model), (_key, value: unknown) => {
    if (typeof value !== "string") return value;
    const same = held.get(value);
    if (same !== undefined) return same;
    held.set(value, value);
    return value;
  }) as NoteModel;
}
