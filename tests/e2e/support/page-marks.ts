/**
 * Reads, from the page's main world, what the content script marked: the text of every range
 * in one of our `CSS.highlights` entries. Runs in the page; no extension access needed. The
 * entries are StaticRange copies, which have no text of their own: a live Range reads it.
 */
export function readHighlight(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  return highlight
    ? [...highlight].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
    : [];
}
