/**
 * Progress on stderr for a run that takes a while (SPEC §8): only when stderr is a terminal,
 * nothing in the first second (most runs are over by then), at most ten updates a second, each
 * replacing the last, and the line cleared at the end so that output starts clean.
 */
import type { CliIO } from "./context";

const QUIET_MS = 1000;
const EVERY_MS = 100;

export class Progress {
  private readonly start: number;
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly io: CliIO,
    private readonly now: () => number,
  ) {
    this.start = now();
  }

  update(text: string): void {
    if (!this.io.isTTY) return;
    const t = this.now();
    if (t - this.start < QUIET_MS || t - this.last < EVERY_MS) return;
    this.last = t;
    this.shown = true;
    this.io.stderr(`\r\x1b[K${text}`);
  }

  done(): void {
    if (this.shown) this.io.stderr("\r\x1b[K");
    this.shown = false;
  }
}
