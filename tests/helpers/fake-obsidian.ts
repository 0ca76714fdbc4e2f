/**
 * What `obsidian-test-mocks` lacks, in one place. Its metadata cache has a Markdown parser but
 * never runs it when the vault changes; Obsidian re-parses each created or modified note and
 * announces it with `changed`. `fakeApp` wires that up so tests see the app's event order.
 */
import { App, TFile } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";

interface ParsingCache {
  parseFileMetadata(file: unknown): void;
}

export interface FakeApp {
  app: App;
  /** The same app typed as the real API, for production code. */
  api: ObsidianApp;
  file(path: string): TFile;
  /** Runs the layout-ready callbacks, as Obsidian does once the workspace is restored. */
  layoutReady(): void;
}

export function fakeApp(files: Record<string, string>): FakeApp {
  const app = App.createConfigured__({ files });
  const cache = app.metadataCache as unknown as ParsingCache;
  for (const file of app.vault.getMarkdownFiles()) cache.parseFileMetadata(file);
  app.vault.on("create", (file) => cache.parseFileMetadata(file));
  app.vault.on("modify", (file) => cache.parseFileMetadata(file));
  return {
    app,
    api: app.asOriginalType__(),
    file: (path) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`No file ${path} in the fake vault`);
      return file as unknown as TFile;
    },
    layoutReady: () => app.workspace.setLayoutReady__(),
  };
}

/** Lets queued promise callbacks and zero-delay timers run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
