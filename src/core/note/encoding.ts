/**
 * Encoding damage: UTF-8 text that was once decoded as Windows-1252 (`’` became `â€™`).
 * Detection is one linear pattern; repair maps the damaged run back to its bytes and decodes
 * them as UTF-8 (by hand: the core must not depend on a platform's TextDecoder).
 */

/** Windows-1252 characters at 0x80–0x9F (where it differs from Latin-1). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CONTINUATION = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009f]/g, "")}]`;
/** A two-byte lead (Â–ß) with one continuation byte, or a three-byte lead (à–ï) with two. */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}`, "g");

const LEAD = /[\u00C2-\u00EF]/;

function byteOf(ch: string): number | null {
  const code = ch.charCodeAt(0);
  // (An ASCII character is never part of one multi-byte character: it stays out, as any other.)
  // Stryker disable next-line EqualityOperator: equivalent; 0xff (ÿ) is in no UTF-8 sequence either way.
  if (code >= 0xa0 && code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(ch);
  // Stryker disable next-line ConditionalExpression: equivalent; without the check, -1 gives 0x7f, which is in no sequence either.
  return high >= 0 ? 0x80 + high : null;
}

/** Decodes one two- or three-byte UTF-8 sequence; null when it is not valid UTF-8. */
function decodeUtf8(bytes: number[]): string | null {
  const cont = (b: number) => b >= 0x80 && b <= 0xbf;
  if (bytes.length === 2 && bytes[0] >= 0xc2 && bytes[0] <= 0xdf && cont(bytes[1])) {
    return String.fromCharCode(((bytes[0] & 0x1f) << 6) | (bytes[1] & 0x3f));
  }
  if (bytes.length === 3 && bytes[0] >= 0xe0 && bytes[0] <= 0xef && cont(bytes[1]) && cont(bytes[2])) {
    const code = ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
    // Overlong forms and surrogate halves are not valid UTF-8.
    if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCharCode(code);
  }
  return null;
}

/** The character a damaged run stood for, or null when its bytes are not valid UTF-8. */
export function repairRun(run: string): string | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = byteOf(ch);
    if (b === null) return null;
    bytes.push(b);
  }
  return decodeUtf8(bytes);
}

/** Whether `text` holds a character that can start a damaged run: one test for a whole note. */
export function mayHoldDamage(text: string): boolean {
  return LEAD.test(text);
}

export interface DamagedRun {
  col: number;
  text: string;
  repaired: string;
}

/** The damaged runs of one line: only runs that decode to real UTF-8 count, so `Âge` is safe. */
export function damagedRuns(line: string): DamagedRun[] {
  const out: DamagedRun[] = [];
  // Nearly every line has no lead character at all; this test is much cheaper than matchAll.
  // Stryker disable next-line ConditionalExpression: equivalent; a shortcut, the pattern needs a lead character too.
  if (!LEAD.test(line)) return out;
  for (const m of line.matchAll(MOJIBAKE)) {
    const repaired = repairRun(m[0]);
    if (repaired !== null) out.push({ col: m.index, text: m[0], repaired });
  }
  return out;
}
