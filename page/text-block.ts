/**
 * The text a reader sees in one post, with a map back to the DOM text nodes it came from, so
 * that offsets found by the detector become Ranges without ever touching the page's nodes.
 *
 * The walk follows the flat tree: an element with an open shadow root is read through its
 * shadow root, and a <slot> through the nodes assigned to it, so slotted text counts once.
 */
import { HOST_ATTRIBUTE } from './ui-host';

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
}

const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'CODE', 'PRE',
]);

const BLOCK_LEVEL = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'TD',
  'TH', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DD', 'DT', 'DL', 'HR', 'FIGCAPTION',
]);

/** Elements we never read: page furniture that is not user text, and our own UI. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('contenteditable') != null && el.getAttribute('contenteditable') !== 'false') return true;
  return el.hasAttribute(HOST_ATTRIBUTE);
}

type Step = Node | { separator: true };
/** One shared marker: a post's every block element would otherwise allocate two. */
const SEPARATOR: Step = { separator: true };

/**
 * `ignoreWithin` (an adapter's selector for quotes, code, link previews) leaves out text the
 * post's author did not write, so a quoted mention is not counted twice. Several roots (a post's
 * title and body) are read as one text, a line apart.
 */
export function readTextBlock(root: Element | readonly Element[], ignoreWithin?: string): TextBlock {
  const roots: readonly Element[] = Array.isArray(root) ? root : [root as Element];
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const stack: Step[] = [];
  roots.forEach((r, i) => stack.unshift(...(i > 0 ? [r, SEPARATOR] : [r])));
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('separator' in step) {
      if (length > 0 && parts[parts.length - 1] !== '\n') push('\n');
      continue;
    }
    if (step.nodeType === 3) {
      const data = (step as Text).data;
      if (data.length === 0) continue;
      nodes.push(step as Text);
      starts.push(length);
      push(data);
      continue;
    }
    if (step.nodeType !== 1 && step.nodeType !== 11) continue;
    let children: ArrayLike<Node>;
    if (step.nodeType === 1) {
      const el = step as Element;
      if (!roots.includes(el) && (isSkipped(el) || (ignoreWithin !== undefined && el.matches(ignoreWithin)))) continue;
      if (el.tagName === 'SLOT') {
        const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
        children = assigned.length > 0 ? assigned : el.childNodes;
      } else {
        children = el.shadowRoot ? [el.shadowRoot] : el.childNodes;
      }
      if (BLOCK_LEVEL.has(el.tagName.toUpperCase())) {
        stack.push(SEPARATOR);
        pushReversed(stack, children);
        stack.push(SEPARATOR);
        continue;
      }
    } else {
      children = (step as ShadowRoot).childNodes;
    }
    pushReversed(stack, children);
  }
  return { text: parts.join(''), nodes, starts };
}

function pushReversed(stack: Step[], children: ArrayLike<Node>) {
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
}

/** Index of the node holding text offset `offset` (the last node starting at or before it). */
function nodeIndexAt(block: TextBlock, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A live Range over `text.slice(start, end)` of the block; null if the block's nodes changed.
 * Node lengths come from `Text.length`, never `.data.length`: through Firefox's Xray wrappers
 * each `.data` read copies the whole string, and a 5 MB node with thousands of mentions hung.
 */
export function rangeFor(block: TextBlock, start: number, end: number): Range | null {
  if (block.nodes.length === 0 || end <= start) return null;
  let si = nodeIndexAt(block, start);
  let startOffset = start - block.starts[si]!;
  if (startOffset >= block.nodes[si]!.length && si + 1 < block.nodes.length) {
    si += 1;
    startOffset = 0;
  }
  const ei = nodeIndexAt(block, end - 1);
  const startNode = block.nodes[si]!;
  const endNode = block.nodes[ei]!;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  if (startOffset > startNode.length) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, Math.min(end - block.starts[ei]!, endNode.length));
  return range;
}
