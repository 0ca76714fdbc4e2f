/** FNV-1a over UTF-16 code units: a fast, stable fingerprint (not a security measure). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}

/**
 * A fingerprint that tells whether a file still holds a given text without keeping the text: its
 * length and two independent 32-bit lanes (FNV-1a, and a multiply-rotate lane with other
 * constants), so that two different texts of one length share it with odds near 2^-64. Not a
 * security measure: it guards against a file changed by a person, not against an attacker.
 */
export function textFingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x85ebca6b);
    b = (b << 13) | (b >>> 19);
  }
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return `${text.length}:${hex(a)}${hex(b ^ (b >>> 13))}`;
}
