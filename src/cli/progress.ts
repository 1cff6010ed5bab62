/**
 * A one-line progress bar on a terminal: `[########......]  412/1000 articles  23.5/s  ETA 25s`, redrawn at most
 * ten times a second and wiped at the end so the summary line stands alone. Disabled (every call a no-op) when
 * stderr is not a terminal, so piped or logged runs stay quiet.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
    private readonly width = 30,
  ) {
    this.started = now();
  }

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const t = this.now();
    if (this.done < this.total && t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.write(`\r${this.line(t)}\u001b[K`);
  }

  /** The bar as text, for a given clock reading. */
  line(t: number): string {
    const fraction = this.total === 0 ? 1 : this.done / this.total;
    const filled = Math.round(fraction * this.width);
    const seconds = (t - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : null;
    const count = `${String(this.done).padStart(String(this.total).length)}/${this.total} articles`;
    return `[${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${count}  ${rate.toFixed(1)}/s  ETA ${eta === null ? '?' : formatSeconds(eta)}`;
  }

  finish(): void {
    if (this.enabled) this.write('\r\u001b[K');
  }
}

/** `75` -> `1m15s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return m < 60 ? `${m}m${String(s).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
