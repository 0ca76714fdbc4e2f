/**
 * Finds every regular-expression literal in src/core (with the TypeScript parser) and times it
 * on adversarial strings made of its own characters at two sizes. A regex whose time grows much
 * faster than its input (catastrophic backtracking) is reported with the input that showed it.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import ts from "typescript";

export interface RegexSite {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export function regexLiterals(root: string): RegexSite[] {
  const sites: RegexSite[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts")) {
        const source = ts.createSourceFile(full, readFileSync(full, "utf8"), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(source);
            const cut = text.lastIndexOf("/");
            sites.push({ file: path.relative(root, full), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, source: text.slice(1, cut), flags: text.slice(cut + 1) });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  walk(root);
  return sites;
}

/** Strings that make backtracking regexes struggle: runs of their own characters, with a spoiler. */
export function adversarialInputs(source: string, size: number): string[] {
  const chars = new Set<string>([" ", "\t", "a", "1", "*", "_", "#", "[", "]", "(", ")", ":", "-", "<", ">", "|", "`", "=", "%", "$", "\"", "'", "/", ",", ".", "!"]);
  for (const ch of source.replace(/\\[a-zA-Z]/g, "")) if (ch.charCodeAt(0) >= 32) chars.add(ch);
  const out: string[] = [];
  for (const ch of chars) {
    out.push(ch.repeat(size), ch.repeat(size) + "\n", `a${ch.repeat(size)}\u0000`);
    out.push(`${ch}a`.repeat(size / 2), `${ch} `.repeat(size / 2));
  }
  return out;
}
