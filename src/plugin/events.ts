/**
 * The plugin's own events, typed: a listener cannot subscribe to a misspelled name, and nothing
 * is put on the workspace's event bus.
 */
import { Events, type EventRef } from "obsidian";

export class IncubatorEvents extends Events {
  onIndexChanged(handler: (revision: number) => void): EventRef {
    return this.on("index-changed", (revision: unknown) => handler(revision as number));
  }

  indexChanged(revision: number): void {
    this.trigger("index-changed", revision);
  }

  /** A scan went on, began or ended: what the panel says about indexing changed. */
  onIndexProgress(handler: () => void): EventRef {
    return this.on("index-progress", handler);
  }

  indexProgress(): void {
    this.trigger("index-progress");
  }
}
