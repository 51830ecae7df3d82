/**
 * Marks ranges through the CSS Custom Highlight API, so the page's own DOM is never changed.
 * Every highlight of ours is registered under a `backlight-…` name (CONTRACT §3).
 */
export const ACTIVE_HIGHLIGHT = 'backlight-active';
export const FOCUS_HIGHLIGHT = 'backlight-focus';
/** Warning signs in a post with a marked mention: drawn over the ordinary marks. */
export const RED_FLAG_HIGHLIGHT = 'backlight-red-flag';
/** Highlights drawn above others where they overlap (`Highlight.priority`); the rest are 0. */
const PRIORITY: Record<string, number> = { [RED_FLAG_HIGHLIGHT]: 1, [FOCUS_HIGHLIGHT]: 2 };

export interface HighlightRegistry {
  /** Marks a copy of each range; an empty list unregisters the name, so nothing of ours stays behind. */
  set(name: string, ranges: Iterable<AbstractRange>): void;
  clear(name: string): void;
}

/**
 * The page's `CSS.highlights`, or null in browsers without the API (nothing is marked there).
 *
 * The page can read the registry, so it gets frozen copies (StaticRange): our own live Ranges,
 * which the cards hit-test and anchor to, never leave the content script. A page that calls
 * `selectNodeContents()` on what it finds there moves nothing of ours.
 */
export function pageHighlights(win: Window & typeof globalThis): HighlightRegistry | null {
  const registry = win.CSS?.highlights;
  const HighlightCtor = win.Highlight;
  const StaticRangeCtor = win.StaticRange;
  if (!registry || !HighlightCtor || !StaticRangeCtor) return null;
  /** What we registered under each name: a newer copy of this script may have replaced it. */
  const ours = new Map<string, Highlight>();
  const clear = (name: string) => {
    const highlight = ours.get(name);
    ours.delete(name);
    if (highlight && registry.get(name) === highlight) registry.delete(name);
  };
  return {
    set(name, ranges) {
      // Added one by one: spread into the constructor, a page's 100,000 ranges overflow the stack.
      const highlight = new HighlightCtor();
      for (const range of ranges) highlight.add(new StaticRangeCtor(range));
      if (highlight.size === 0) return clear(name);
      highlight.priority = PRIORITY[name] ?? 0;
      ours.set(name, highlight);
      registry.set(name, highlight);
    },
    clear,
  };
}
