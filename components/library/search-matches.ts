/** The Library's search matches, marked with the CSS Custom Highlight API: the results' DOM is left as rendered. */
export const SEARCH_HIGHLIGHT = 'backlight-search';

/** A Range over every case-insensitive occurrence of `query` in the text under `root`. */
export function searchMatches(root: Node, query: string): Range[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const ranges: Range[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const haystack = node.data.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Marks the matches under `root`, replacing the last ones; nothing where the browser lacks the API. */
export function highlightSearch(root: Element, query: string): void {
  const win = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS?.highlights;
  if (!win || !registry || !win.Highlight) return;
  const ranges = searchMatches(root, query);
  if (ranges.length === 0) registry.delete(SEARCH_HIGHLIGHT);
  else registry.set(SEARCH_HIGHLIGHT, new win.Highlight(...ranges));
}
