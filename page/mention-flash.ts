import { FOCUS_HIGHLIGHT, type HighlightRegistry } from './highlights';

/** How long a mention stays lit after we scrolled to it. */
const FLASH_MS = 1500;

/** Lights one mention up briefly (`backlight-focus`), so the eye finds it after a scroll. */
export class MentionFlash {
  private timer: number | undefined;

  constructor(
    private readonly win: Window,
    private readonly highlights: HighlightRegistry | null,
  ) {}

  show(range: Range): void {
    if (!this.highlights) return;
    this.highlights.set(FOCUS_HIGHLIGHT, [range]);
    if (this.timer !== undefined) this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => this.clear(), FLASH_MS);
  }

  clear(): void {
    if (this.timer !== undefined) this.win.clearTimeout(this.timer);
    this.timer = undefined;
    this.highlights?.clear(FOCUS_HIGHLIGHT);
  }
}
