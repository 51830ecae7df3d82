import type { HighlightRegistry } from './highlights';

/**
 * How far above and below the viewport marks stay registered, as a share of its height: a
 * reader scrolling at any ordinary pace never reaches an unmarked line.
 */
export const WINDOW_MARGIN = 2.5;
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
 * set stays in memory for the badge, the popup and stepping. A post too long for its marks to be
 * registered whole (a 5 MB text) registers the ones near the viewport, found by bisecting its
 * marks' rects (they run down the page in document order).
 */
export class MarkWindow<T extends { range: Range }> {
  private posts: readonly WindowPost<T>[] = [];
  private markCount = 0;
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private registeredMarks: T[] = [];
  private frame = 0;
  private readonly listening = new AbortController();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly highlights: HighlightRegistry | null,
    private readonly name: string,
    /** Called after the registered marks changed (hit-testing measures them again). */
    private readonly onChange: () => void = () => undefined,
  ) {
    const margin = `${WINDOW_MARGIN * 100}%`;
    this.observer = new win.IntersectionObserver((entries) => this.onIntersections(entries), { rootMargin: `${margin} 0px ${margin} 0px` });
    const options = { passive: true, signal: this.listening.signal };
    // Only a long post's marks move in and out of the window without its element doing so.
    win.addEventListener('scroll', () => this.hasLongPostNear() && this.schedule(), options);
    win.addEventListener('resize', () => this.schedule(), options);
  }

  /** The marks registered now: those near the viewport. */
  get registered(): readonly T[] {
    return this.registeredMarks;
  }

  /** The page's marks, post by post in document order: registers those near the viewport. */
  show(posts: readonly WindowPost<T>[]): void {
    const next = new Set(posts.map((p) => p.element));
    for (const { element } of this.posts) {
      if (next.has(element)) continue;
      this.observer.unobserve(element);
      this.near.delete(element);
    }
    const known = new Set(this.posts.map((p) => p.element));
    // Observed posts report whether they intersect, and the marks follow; known ones keep their state.
    for (const { element } of posts) if (!known.has(element)) this.observer.observe(element);
    this.posts = posts;
    this.markCount = posts.reduce((sum, p) => sum + p.marks.length, 0);
    this.register();
  }

  stop(): void {
    this.observer.disconnect();
    this.listening.abort();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.posts = [];
    this.markCount = 0;
    this.near.clear();
    this.registeredMarks = [];
    this.highlights?.clear(this.name);
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const was = this.near.has(entry.target);
      if (entry.isIntersecting && !was) this.near.add(entry.target);
      else if (!entry.isIntersecting && was) this.near.delete(entry.target);
      else continue;
      changed = true;
    }
    if (changed) this.register();
  }

  private hasLongPostNear(): boolean {
    return this.markCount > WHOLE_PAGE_MARKS && this.posts.some((p) => p.marks.length > WHOLE_POST_MARKS && this.near.has(p.element));
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.register();
    });
  }

  private register(): void {
    const whole = this.markCount <= WHOLE_PAGE_MARKS;
    const marks: T[] = [];
    for (const post of this.posts) {
      if (whole) {
        marks.push(...post.marks);
        continue;
      }
      if (!this.near.has(post.element)) continue;
      marks.push(...(post.marks.length > WHOLE_POST_MARKS ? this.nearViewport(post.marks) : post.marks));
    }
    if (sameMarks(marks, this.registeredMarks)) return;
    this.registeredMarks = marks;
    this.highlights?.set(this.name, marks.map((m) => m.range));
    this.onChange();
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

/** The first index from `from` where `test` holds, `test` being false then true along `items`; items.length if none. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function sameMarks<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
