// Small DOM helpers shared by the adapters. They take the nodes they work on as parameters and
// touch no globals, so they run the same in the content script, in happy-dom and in `scan`.

// Node.DOCUMENT_POSITION_FOLLOWING, spelled out so no global `Node` is needed.
const FOLLOWING = 4;

/** A sort comparator for elements: document order. */
export function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}

/**
 * The elements in document order, left as they are when they already are: Chromium compares a
 * node with one before it by walking back over all the siblings before that one (thousands of
 * comments), but with one after it only over the siblings between them.
 */
export function inDocumentOrder(elements: Element[]): Element[] {
  const ordered = elements.every((element, i) => i === 0 || byDocumentOrder(elements[i - 1]!, element) < 0);
  return ordered ? elements : elements.sort(byDocumentOrder);
}

/** The elements in document order, each once, none inside another (the outer one wins). */
export function outermost(elements: Iterable<Element>): Element[] {
  const sorted = inDocumentOrder([...new Set(elements)]);
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

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Elements looked at in one step where no post turns up. */
const ELEMENTS_PER_STEP = 256;

/** The elements under `root` matching `selector`, in document order, the page's elements around `root` counting for it. */
function* matchesUnder(root: Document | Element, selector: string): Generator<Element | undefined> {
  if (!isElement(root)) return yield* root.querySelectorAll(selector);
  // `root.querySelectorAll` would do in a browser, but some DOMs (happy-dom) match a selector's
  // ancestors only within `root`. `undefined` marks a point to pause at.
  let looked = 0;
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) yield element;
    else if (++looked % ELEMENTS_PER_STEP === 0) yield undefined;
  }
}

/**
 * Elements matching `selector` within `root` (`root` included) that hold some text: document
 * order, none nested (the outer one wins), one per step.
 */
export function* selectPosts(root: Document | Element, selector: string): Generator<Element[]> {
  if (isElement(root) && root.matches(selector)) {
    if (hasText(root)) yield [root];
    return;
  }
  let outer: Element | undefined;
  // Matches come in document order, so a nested one follows the one it is in.
  for (const element of matchesUnder(root, selector)) {
    if (!element || outer?.contains(element)) {
      yield [];
      continue;
    }
    outer = element;
    yield hasText(element) ? [element] : [];
  }
}

export function hostIsOneOf(url: URL, hosts: readonly string[]): boolean {
  return hosts.includes(url.hostname.toLowerCase());
}

/** Trimmed, whitespace-collapsed text of the first match of `selector` within `root`. */
export function textOf(root: ParentNode | null | undefined, selector: string): string | undefined {
  const text = root?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}
