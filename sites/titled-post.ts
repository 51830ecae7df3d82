import { hasText } from './dom';

// Node.DOCUMENT_POSITION_FOLLOWING, spelled out so no global `Node` is needed.
const FOLLOWING = 4;

/** A page title (a thread's subject, an activity's name) that stands apart from the post it heads. */
export interface TitledPost {
  /** The title elements; the adapter reads them as posts too. */
  title: string;
  /** The bodies a title may head: it heads the first one after it. */
  body: string;
  /** Title and body share the closest match of `scope` (a feed entry); without one, the page. */
  scope?: string;
}

/** A thread's later page opens with a reply, not with the post its title heads. */
function isLaterPage(doc: Document): boolean {
  return doc.querySelector('link[rel="prev"], a[rel="prev"][href]') !== null;
}

/**
 * The adapter's `postOf` for such pages: a title belongs to the first body after it, so the two
 * are read, analysed and listed as one post. A title with no body to head stays a post of its own.
 */
export function titledPost({ title, body, scope }: TitledPost): (part: Element) => Element | undefined {
  return (part) => {
    if (!part.matches(title) || isLaterPage(part.ownerDocument)) return undefined;
    const within: ParentNode = (scope ? part.closest(scope) : null) ?? part.ownerDocument;
    return [...within.querySelectorAll(body)].find((el) => (part.compareDocumentPosition(el) & FOLLOWING) !== 0 && hasText(el));
  };
}
