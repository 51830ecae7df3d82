import type { SiteAdapter } from './types';
import { isElement, outermost } from './dom';

// Fallback for any page: paragraph-level blocks of running prose, with page chrome, forms,
// code and hidden parts left out. Used for pages the user adds and whenever a site adapter's
// selectors find nothing (a redesign then degrades to "less precise", never to "nothing").

const SKIP = [
  'nav', 'aside', 'form', 'input', 'textarea', 'select', 'button', 'label',
  '[contenteditable]:not([contenteditable="false"])', 'script', 'style', 'noscript', 'template',
  'code', 'pre', 'kbd', 'samp', 'svg', 'canvas', 'iframe', 'object', 'video', 'audio', 'dialog',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="banner"]',
  '[role="contentinfo"]', '[role="complementary"]', '[role="search"]', '[role="menu"]',
  '[role="toolbar"]', '[role="dialog"]', 'ins.adsbygoogle',
].join(', ');
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const AD_TOKEN = /^(?:ad|ads|advert|adverts|advertisement|sponsor|sponsored|promo|promoted|adslot|ad-slot|ad-container|ad-banner|banner-ad|dfp)$/i;

const BLOCK_TAGS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'DD', 'DT', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV',
  'SECTION', 'ARTICLE', 'MAIN', 'FIGCAPTION', 'CAPTION', 'SUMMARY', 'DETAILS',
]);
/** Less own text than this is a label or button, not something a person wrote. */
const MIN_CHARS = 25;
/** Blocks that are mostly link text are menus, tag clouds and "related posts". */
const MAX_LINK_SHARE = 0.5;

// NodeFilter constants, spelled out so no global `NodeFilter` is needed.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ACCEPT = 1;
const REJECT = 2;

// A site's header and footer are chrome; an article's own header holds its title.
const PAGE_CHROME = new Set(['HEADER', 'FOOTER']);

function isSkipped(element: Element): boolean {
  if (element.matches(SKIP)) return true;
  if (PAGE_CHROME.has(element.tagName) && !element.parentElement?.closest('article')) return true;
  if (HIDDEN_STYLE.test(element.getAttribute('style') ?? '')) return true;
  const tokens = `${element.getAttribute('class') ?? ''} ${element.id}`.split(/\s+/);
  return tokens.some((token) => AD_TOKEN.test(token));
}

/** The block a text node is in, looked for no further out than `within`. */
function nearestBlock(node: Node, within: Element): Element | null {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (BLOCK_TAGS.has(element.tagName)) return element;
    if (element === within) return null;
  }
  return null;
}

interface Tally {
  chars: number;
  linkChars: number;
}

/** Nodes walked in one step of the search. */
const NODES_PER_STEP = 500;

/**
 * Own text (not in a nested block) of every block within `root`, skipping whole subtrees of page
 * chrome; the generator pauses every few hundred nodes.
 */
function* tallyBlocks(root: Element): Generator<Element[], Map<Element, Tally>> {
  const tallies = new Map<Element, Tally>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element) ? REJECT : ACCEPT),
  });
  let walked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A step that finds no post yet: the caller may pause here.
    if (++walked % NODES_PER_STEP === 0) yield [];
    if (node.nodeType !== 3) continue;
    const chars = (node.nodeValue ?? '').trim().length;
    const block = chars ? nearestBlock(node, root) : null;
    if (!block) continue;
    const tally = tallies.get(block) ?? { chars: 0, linkChars: 0 };
    tally.chars += chars;
    if (node.parentElement?.closest('a')) tally.linkChars += chars;
    tallies.set(block, tally);
  }
  return tallies;
}

/** Where to look within `root`: none of it when it is in skipped chrome itself (a menu that grew). */
function searchedPart(root: Document | Element): Element | null {
  if (!isElement(root)) return root.body;
  for (let element: Element | null = root; element; element = element.parentElement) if (isSkipped(element)) return null;
  return root;
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Any page',
  matches: () => true,
  postsIn: function* (root) {
    const searched = searchedPart(root);
    if (!searched) return;
    const tallies = yield* tallyBlocks(searched);
    const blocks = [...tallies]
      .filter(([, { chars, linkChars }]) => chars >= MIN_CHARS && linkChars <= chars * MAX_LINK_SHARE)
      .map(([block]) => block);
    yield outermost(blocks);
  },
};
