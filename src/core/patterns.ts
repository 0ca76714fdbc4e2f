/**
 * Calls `visit` with each match of the global `pattern` in `text`, in order, until it returns
 * false. `matchAll` copies the pattern on every call, which on a short line costs more than the
 * search itself. The position is kept here, not in the pattern, so `visit` may use the pattern too.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => boolean | void): void {
  let at = 0;
  for (;;) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) break;
    // An empty match would be found again at the same place.
    at = pattern.lastIndex + (match[0] === "" ? 1 : 0);
    if (visit(match) === false) break;
  }
  pattern.lastIndex = 0;
}
