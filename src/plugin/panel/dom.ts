/** Small DOM helpers for the panel, on top of Obsidian's `createEl` family. */

/** Makes an element act as a button for mouse and keyboard (Enter, Space). */
export function activatable(el: HTMLElement, label: string, onActivate: () => void): HTMLElement {
  el.setAttr("role", "button");
  el.setAttr("tabindex", "0");
  el.setAttr("aria-label", label);
  el.addEventListener("click", (event) => {
    event.preventDefault();
    onActivate();
  });
  el.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onActivate();
    }
  });
  return el;
}

