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
  set(name: string, ranges: Iterable<Range>): void;
  clear(name: string): void;
}

/** The page's `CSS.highlights`, or null in browsers without the API (nothing is marked there). */
export function pageHighlights(win: Window & typeof globalThis): HighlightRegistry | null {
  const registry = win.CSS?.highlights;
  const HighlightCtor = win.Highlight;
  if (!registry || !HighlightCtor) return null;
  return {
    set(name, ranges) {
      // Added one by one: spread into the constructor, a page's 100,000 ranges overflow the stack.
      const highlight = new HighlightCtor();
      for (const range of ranges) highlight.add(range);
      highlight.priority = PRIORITY[name] ?? 0;
      registry.set(name, highlight);
    },
    clear(name) {
      registry.delete(name);
    },
  };
}
