/**
 * Paths that come from settings, the command line or a note must stay inside the vault: no
 * absolute paths, no drive letters, no climbing out with `..`.
 */
export class PathError extends Error {}

export function normaliseVaultPath(input: string, what = "path"): string {
  const raw = input.trim().replace(/\\/g, "/");
  if (/^[A-Za-z]:/.test(raw) || raw.startsWith("/") || raw.startsWith("//")) {
    throw new PathError(`the ${what} "${input}" must be inside the vault (a relative path)`);
  }
  const parts: string[] = [];
  for (const part of raw.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) throw new PathError(`the ${what} "${input}" points outside the vault`);
      parts.pop();
    } else if ([...part].some((ch) => ch.charCodeAt(0) < 0x20)) {
      throw new PathError(`the ${what} "${input}" contains a control character`);
    } else parts.push(part);
  }
  return parts.join("/");
}

export function parentFolder(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
