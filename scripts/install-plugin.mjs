// Copies the built plugin into a vault: node scripts/install-plugin.mjs <vault folder>
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import process from "node:process";

const vault = process.argv[2];
if (!vault || !existsSync(vault) || !statSync(vault).isDirectory()) {
  console.error("usage: npm run install-plugin -- <vault folder>");
  process.exit(2);
}
const target = path.join(vault, ".obsidian", "plugins", "incubator");
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, path.join(target, file));
console.log(`Installed Incubator into ${target}. Enable it in Settings → Community plugins.`);
