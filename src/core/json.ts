/** A JSON text's value, or undefined when the text is not JSON (a damaged file is read as nothing). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
