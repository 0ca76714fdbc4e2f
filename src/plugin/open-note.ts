/** Opens a note in the editor at a 1-based line. */
import { Notice, type App } from "obsidian";

export async function openNoteAt(app: App, path: string, line: number): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) {
    new Notice(`Incubator: ${path} no longer exists.`);
    return;
  }
  await app.workspace.getLeaf(false).openFile(file, { eState: { line: Math.max(0, line - 1) } });
}
