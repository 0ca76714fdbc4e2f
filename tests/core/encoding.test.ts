/**
 * Mojibake repair, checked against real codecs rather than our own tables: iconv-lite makes the
 * damage (UTF-8 bytes read as Windows-1252; its five unassigned bytes read as the C1 controls of
 * the same number, as browsers and Windows do), and Node's strict UTF-8 decoder (`util`'s, not
 * the test DOM's) says what the bytes were.
 */
import fc from "fast-check";
import { TextDecoder } from "util";
import iconv from "iconv-lite";
import { damagedRuns, repairRun } from "../../src/core/note/encoding";
import { propertyRuns } from "../helpers/property-runs";

const UNASSIGNED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function readAsWindows1252(bytes: number[]): string {
  return bytes.map((b) => (UNASSIGNED_IN_1252.has(b) ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), "win1252"))).join("");
}

/** The one character these bytes are in UTF-8, or null (invalid, or not one character). */
function utf8Character(bytes: number[]): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
    return text.length === 1 ? text : null;
  } catch {
    return null;
  }
}

describe("repairing a damaged run", () => {
  test("every character of two or three UTF-8 bytes, damaged, is repaired to itself", () => {
    const wrong: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      if (repairRun(readAsWindows1252([...Buffer.from(character, "utf8")])) !== character) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test("any two bytes: repaired exactly when they are one character in UTF-8", () => {
    const wrong: string[] = [];
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        if (repairRun(readAsWindows1252([a, b])) !== utf8Character([a, b])) wrong.push(`${a.toString(16)} ${b.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("any three bytes: repaired exactly when they are one character in UTF-8 (overlong forms and surrogates are not)", () => {
    const edge = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x81, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xff);
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), edge);
    fc.assert(
      fc.property(fc.tuple(byte, byte, byte), (bytes) => {
        expect(repairRun(readAsWindows1252(bytes))).toBe(utf8Character(bytes));
      }),
      { numRuns: propertyRuns(20000) },
    );
    // The edges of the three-byte range, each way.
    for (const bytes of [[0xe0, 0xa0, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xee, 0x80, 0x80], [0xef, 0xbf, 0xbf]]) {
      expect(repairRun(readAsWindows1252(bytes))).toBe(utf8Character(bytes));
    }
  });
});

describe("finding damaged runs in a line", () => {
  test("each run with its column and the character it stood for", () => {
    const line = `It${readAsWindows1252([0xe2, 0x80, 0x99])}s a caf${readAsWindows1252([0xc3, 0xa9])}.`;
    expect(damagedRuns(line)).toEqual([
      { col: 2, text: "â€™", repaired: "\u2019" },
      { col: 12, text: "Ã©", repaired: "é" },
    ]);
  });

  test("text that only looks like damage is left alone", () => {
    expect(damagedRuns("Âge, Ère, Ça")).toEqual([]);
    expect(damagedRuns("plain ASCII")).toEqual([]);
  });
});
