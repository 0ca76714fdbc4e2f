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
  /** Lower-cased path → path as stored. */
  private readonly byPath = new Map<string, string>();
  /** Lower-cased file name → paths with that name. */
  private readonly byName = new Map<string, Set<string>>();

  add(path: string): void {
    this.byPath.set(path.toLowerCase(), path);
    const name = baseName(path);
    let set = this.byName.get(name);
    if (!set) this.byName.set(name, (set = new Set()));
    set.add(path);
  }

  remove(path: string): void {
    this.byPath.delete(path.toLowerCase());
    const name = baseName(path);
    const set = this.byName.get(name);
    set?.delete(path);
    if (set && set.size === 0) this.byName.delete(name);
  }

  has(path: string): boolean {
    return this.byPath.has(path.toLowerCase());
  }

  resolve(link: string, fromPath: string): string | null {
    let target = link.trim().replace(/^\/+/, "");
    if (!target) return null;
    if (link.startsWith("./") || link.startsWith("../")) {
      const joined = normalisePath(`${folderOf(fromPath)}/${link}`);
      if (joined === null) return null;
      target = joined;
    }
    const lower = target.toLowerCase();
    const otherExtension = /\.[a-z0-9]{1,8}$/.test(lower) && !lower.endsWith(".md");
    const candidates = lower.endsWith(".md") ? [target] : otherExtension ? [target, `${target}.md`] : [`${target}.md`, target];
    for (const candidate of candidates) {
      const exact = this.byPath.get(candidate.toLowerCase());
      if (exact) return exact;
    }
    for (const candidate of candidates) {
      const found = this.bySuffix(candidate.toLowerCase(), folderOf(fromPath));
      if (found) return found;
    }
    return null;
  }

  private bySuffix(lowerTarget: string, fromFolder: string): string | null {
    const paths = this.byName.get(baseName(lowerTarget));
    if (!paths) return null;
    const suffix = lowerTarget.includes("/") ? `/${lowerTarget}` : null;
    let best: string | null = null;
    for (const path of paths) {
      if (suffix && !path.toLowerCase().endsWith(suffix)) continue;
      if (best === null || rank(path, fromFolder) < rank(best, fromFolder)) best = path;
    }
    return best;
  }
}

/** Sort key: the linking note's own folder first, then fewer folders, then shorter, then by name. */
function rank(path: string, fromFolder: string): string {
  const sameFolder = folderOf(path) === fromFolder ? 0 : 1;
  const depth = path.split("/").length;
  return `${sameFolder}:${String(depth).padStart(4, "0")}:${String(path.length).padStart(6, "0")}:${path}`;
}
