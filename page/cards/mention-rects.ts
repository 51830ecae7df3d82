import { hitTest, nearViewport, type Targeted } from './hit-test';

/** How far outside the viewport a mention's rects are still worth measuring, in px. */
const MARGIN = 200;

/**
 * Client rects of the mentions near the viewport, measured once and reused until the page
 * scrolls, resizes or the marks change: hit-testing every pointermove stays cheap.
 */
export class MentionRects<T extends { range: Range }> {
  private cache: Targeted<T>[] | null = null;

  constructor(
    private readonly win: Window,
    private readonly targets: () => readonly T[],
  ) {}

  invalidate(): void {
    this.cache = null;
  }

  at(x: number, y: number): T | null {
    this.cache ??= this.measure();
    return hitTest(this.cache, x, y);
  }

  private measure(): Targeted<T>[] {
    const { innerWidth, innerHeight } = this.win;
    const measured: Targeted<T>[] = [];
    for (const target of this.targets()) {
      if (!nearViewport(target.range.getBoundingClientRect(), innerWidth, innerHeight, MARGIN)) continue;
      measured.push({ target, rects: [...target.range.getClientRects()] });
    }
    return measured;
  }
}
