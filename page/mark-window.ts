import type { HighlightRegistry } from './highlights';

/**
 * How far above and below the viewport marks stay registered, in screens: a reader scrolling at
 * any ordinary pace never reaches an unmarked line.
 */
export const WINDOW_MARGIN = 4;
/**
 * How far the viewport moves, in screens, before the window is placed again: a screen of margin
 * is still ahead then. Every change of `CSS.highlights` costs the next frame a paint-invalidation
 * walk of the whole page (Chromium: 21–45 ms of PrePaint at 5,000 comments under load, whatever
 * the change), so the window moves every few screens, not every screen.
 */
const REPLACE_AFTER = WINDOW_MARGIN - 1;
/**
 * A page with at most this many marks registers them all: so few ranges cost a frame next to
 * nothing, and the window starts where the cost would.
 */
export const WHOLE_PAGE_MARKS = 200;
/** A post with more marks than this registers only those whose rects fall near the viewport. */
const WHOLE_POST_MARKS = 64;

/** One post's marks, in document order. */
export interface WindowPost<T extends { range: Range }> {
  element: Element;
  marks: readonly T[];
}

/**
 * Registers with `CSS.highlights` only the marks of posts in or near the viewport, and updates
 * them as the reader scrolls. Chromium re-walks every registered range on each style and layout
 * change, so a page's cost per frame follows what is registered, not what was found; the full
 * set stays in memory for the badge, the popup and stepping.
 *
 * Posts run down the page in document order, so the window's posts are found by bisecting their
 * rects: a few rect reads each time the viewport has moved a few screens, nothing on other frames (an
 * IntersectionObserver on every post made each layout of a 5,000-comment page pay for all of
 * them). A post too long for its marks to be registered whole (a 5 MB text) registers those
 * whose rects fall near the viewport, bisected the same way.
 */
export class MarkWindow<T extends { range: Range }> {
  private posts: readonly WindowPost<T>[] = [];
  private markCount = 0;
  private registeredMarks: readonly T[] = [];
  /** The page's scroll offset when the window was last placed. */
  private placedAt = 0;
  private timer: number | undefined;
  private readonly listening = new AbortController();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly highlights: HighlightRegistry | null,
    private readonly name: string,
    /** Called after the registered marks changed (hit-testing measures them again). */
    private readonly onChange: () => void = () => undefined,
  ) {
    const options = { passive: true, capture: true, signal: this.listening.signal };
    // Capture: a scrolling element inside the page moves its posts too.
    win.addEventListener('scroll', () => this.schedule(false), options);
    win.addEventListener('resize', () => this.schedule(true), options);
  }

  /** The marks registered now: those near the viewport. */
  get registered(): readonly T[] {
    return this.registeredMarks;
  }

  /** The page's marks, post by post in document order: registers those near the viewport. */
  show(posts: readonly WindowPost<T>[]): void {
    this.posts = posts;
    this.markCount = posts.reduce((sum, p) => sum + p.marks.length, 0);
    this.register();
  }

  stop(): void {
    this.listening.abort();
    if (this.timer !== undefined) this.win.clearTimeout(this.timer);
    this.timer = undefined;
    this.posts = [];
    this.markCount = 0;
    this.registeredMarks = [];
    this.highlights?.clear(this.name);
  }

  /**
   * Places the window again soon; after a scroll, only once the viewport has moved
   * `REPLACE_AFTER` screens from where it was placed (the margin still covers it). In a task of
   * its own, not in the scroll's frame: the frame that renders the change does the browser's
   * part, and our part (a few rect reads) never lengthens a frame the page is drawing.
   */
  private schedule(always: boolean): void {
    if (this.timer !== undefined || this.markCount <= WHOLE_PAGE_MARKS) return;
    if (!always && Math.abs(this.win.scrollY - this.placedAt) < REPLACE_AFTER * this.win.innerHeight) return;
    this.timer = this.win.setTimeout(() => {
      this.timer = undefined;
      this.register();
    }, 0);
  }

  private register(): void {
    this.placedAt = this.win.scrollY;
    const marks = this.markCount <= WHOLE_PAGE_MARKS ? this.posts.flatMap((p) => p.marks) : this.nearMarks();
    if (sameMarks(marks, this.registeredMarks)) return;
    this.registeredMarks = marks;
    this.highlights?.set(this.name, marks.map((m) => m.range));
    this.onChange();
  }

  /** The marks of the posts within the margin of the viewport. */
  private nearMarks(): T[] {
    const height = this.win.innerHeight;
    const margin = WINDOW_MARGIN * height;
    const posts = this.posts;
    const first = firstIndex(posts, (_, i) => boxOf(posts, i).bottom >= -margin);
    const end = firstIndex(posts, (_, i) => boxOf(posts, i).top > height + margin, first);
    const marks: T[] = [];
    for (const post of posts.slice(first, end)) {
      marks.push(...(post.marks.length > WHOLE_POST_MARKS ? this.nearViewport(post.marks) : post.marks));
    }
    return marks;
  }

  /** The run of `marks` (in document order) whose rects fall within the window's margin of the viewport. */
  private nearViewport(marks: readonly T[]): readonly T[] {
    const height = this.win.innerHeight;
    const margin = WINDOW_MARGIN * height;
    const first = firstIndex(marks, (m) => m.range.getBoundingClientRect().bottom >= -margin);
    const end = firstIndex(marks, (m) => m.range.getBoundingClientRect().top > height + margin, first);
    return marks.slice(first, end);
  }
}

/** How many following posts a hidden post (no box) borrows its place from. */
const HIDDEN_LOOKAHEAD = 32;

/**
 * A post's box; a hidden post (a collapsed comment has no box) stands where the next shown post
 * does, so bisecting never sees it at the viewport's top.
 */
function boxOf<T extends { range: Range }>(posts: readonly WindowPost<T>[], index: number): { top: number; bottom: number } {
  let at = index;
  for (let i = 0; i <= HIDDEN_LOOKAHEAD && at < posts.length; i++, at++) {
    const box = posts[at]!.element.getBoundingClientRect();
    if (box.width > 0 || box.height > 0) return box;
  }
  return { top: 0, bottom: 0 };
}

/** The first index from `from` where `test` holds, `test` being false then true along `items`; items.length if none. */
function firstIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function sameMarks<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
