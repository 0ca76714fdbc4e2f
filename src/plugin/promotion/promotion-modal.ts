/** The promotion preview: every file's exact line changes, then Apply or Cancel. */
import { Modal, type App } from "obsidian";
import { diffHunks } from "../../core/promote/edits";
import type { PromotionPlan } from "../../core/promote/planner";

export type PreviewChoice = "apply" | "force" | "cancel";

export class PromotionPreviewModal extends Modal {
  private chosen = false;

  constructor(
    app: App,
    private readonly plan: PromotionPlan,
    private readonly choose: (choice: PreviewChoice) => void,
  ) {
    super(app);
  }

  private decide(choice: PreviewChoice): void {
    if (this.chosen) return;
    this.chosen = true;
    this.choose(choice);
    this.close();
  }

  onOpen(): void {
    const { contentEl, plan } = this;
    contentEl.empty();
    contentEl.addClass("incubator-promotion");
    const promoted = plan.notes.filter((n) => !n.refused);
    this.setTitle(promoted.length === 1 ? `Promote ${promoted[0].title}` : `Promote ${promoted.length} notes`);
    const notes = contentEl.createEl("ul", { cls: "incubator-promotion-notes" });
    for (const n of plan.notes) {
      const item = notes.createEl("li", { text: n.path });
      if (n.refused) item.createSpan({ cls: "incubator-promotion-refused", text: ` — ${n.refused}` });
      else if (!n.ready) item.createSpan({ cls: "incubator-promotion-forced", text: ` — not ready (${n.blockers.join(", ")}), promoted anyway` });
      if (n.moveTo) item.createSpan({ cls: "incubator-muted", text: ` → ${n.moveTo}` });
    }
    for (const file of plan.files) {
      contentEl.createEl("h4", { cls: "incubator-promotion-file", text: file.path });
      const diff = contentEl.createDiv({ cls: "incubator-diff" });
      for (const hunk of diffHunks(file.before, file.edits)) {
        diff.createDiv({ cls: "incubator-diff-hunk", text: `Line ${hunk.line}: ${hunk.reasons.join("; ")}` });
        for (const line of hunk.removed) diff.createDiv({ cls: "incubator-diff-removed", text: `- ${line}` });
        for (const line of hunk.added) diff.createDiv({ cls: "incubator-diff-added", text: `+ ${line}` });
      }
    }
    for (const move of plan.moves) contentEl.createDiv({ cls: "incubator-promotion-move", text: `Move ${move.from} → ${move.to}` });

    const buttons = contentEl.createDiv({ cls: "modal-button-container" });
    const notReady = plan.notes.some((n) => n.refused?.startsWith("not ready"));
    if (notReady) {
      buttons.createEl("button", { cls: "mod-warning", text: "Promote anyway" }).addEventListener("click", () => this.decide("force"));
    }
    if (plan.files.length > 0) {
      buttons.createEl("button", { cls: "mod-cta", text: "Apply" }).addEventListener("click", () => this.decide("apply"));
    }
    buttons.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.decide("cancel"));
  }

  onClose(): void {
    // Closing the dialog any other way is a cancel.
    if (!this.chosen) {
      this.chosen = true;
      this.choose("cancel");
    }
    this.contentEl.empty();
  }
}

/** Shows the preview and resolves with the user's choice. */
export function previewInModal(app: App): (plan: PromotionPlan) => Promise<PreviewChoice> {
  return (plan) => new Promise((resolve) => new PromotionPreviewModal(app, plan, resolve).open());
}
