/** Opens a note in the editor at a 1-based line, as a click on a search result does. */
import { Notice, Platform, type App } from "obsidian";

export async function openNoteAt(app: App, path: string, line: number): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) {
    new Notice(`Incubator: ${path} no longer exists.`);
    return;
  }
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true, eState: { line: Math.max(0, line - 1) } });
  app.workspace.setActiveLeaf(leaf, { focus: true });
  // On a phone the panel is a drawer over the note: it closes, so that the note shows.
  if (Platform.isMobile) app.workspace.rightSplit.collapse();
}
