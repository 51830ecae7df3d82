// Small DOM helpers shared by the adapters. They take the nodes they work on as parameters and
// touch no globals, so they run the same in the content script, in happy-dom and in `scan`.

// Node.DOCUMENT_POSITION_FOLLOWING, spelled out so no global `Node` is needed.
const FOLLOWING = 4;

function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}

/** The elements in document order, each once, none inside another (the outer one wins). */
export function outermost(elements: Iterable<Element>): Element[] {
  const sorted = [...new Set(elements)].sort(byDocumentOrder);
  const kept: Element[] = [];
  for (const element of sorted) {
    // In document order an element's descendants follow it directly, so comparing with the
    // last kept element is enough.
    const last = kept[kept.length - 1];
    if (last?.contains(element)) continue;
    kept.push(element);
  }
  return kept;
}

export function hasText(element: Element): boolean {
  return /\S/.test(element.textContent ?? '');
}

/** Elements matching `selector` that hold some text: document order, none nested. */
export function selectPosts(root: ParentNode, selector: string): Element[] {
  return outermost(root.querySelectorAll(selector)).filter(hasText);
}

export function hostIsOneOf(url: URL, hosts: readonly string[]): boolean {
  return hosts.includes(url.hostname.toLowerCase());
}

/** Trimmed, whitespace-collapsed text of the first match of `selector` within `root`. */
export function textOf(root: ParentNode | null | undefined, selector: string): string | undefined {
  const text = root?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}
