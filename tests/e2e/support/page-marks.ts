/**
 * Reads, from the page's main world, what the content script marked: the text of every range
 * in one of our `CSS.highlights` entries. Runs in the page; no extension access needed.
 */
export function readHighlight(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  // The registry holds frozen copies (StaticRange): their text through a Range of the page's own.
  return highlight
    ? [...highlight].map((mark) => {
        const range = document.createRange();
        range.setStart(mark.startContainer, mark.startOffset);
        range.setEnd(mark.endContainer, mark.endOffset);
        return range.toString();
      })
    : [];
}
