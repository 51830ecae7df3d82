/**
 * Reads, from the page's main world, what the content script marked: the text of every range
 * in one of our `CSS.highlights` entries. Runs in the page; no extension access needed.
 */
export function readHighlight(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map((range) => range.toString()) : [];
}
