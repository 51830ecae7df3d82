// SHOW_TEXT, spelled out so no global `NodeFilter` is needed.
const SHOW_TEXT = 4;

/**
 * The text of a post without the parts its author didn't write (an adapter's `ignoreWithin`:
 * quoted replies, code, link previews). With no selector it is the post's whole text.
 */
export function ownText(post: Element, ignoreWithin?: string): string {
  if (!ignoreWithin) return post.textContent ?? '';
  const walker = post.ownerDocument.createTreeWalker(post, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const ignored = node.parentElement?.closest(ignoreWithin);
    if (ignored && ignored !== post && post.contains(ignored)) continue;
    text += node.nodeValue ?? '';
  }
  return text;
}
