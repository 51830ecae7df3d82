import type { SiteAdapter } from './types';
import { hasText, isElement } from './dom';

// New Reddit ("shreddit"): posts and comments are web components (`shreddit-post`,
// `shreddit-comment`) whose user text is server-rendered light DOM assigned to named slots;
// Reddit's JS attaches open shadow roots that only hold <slot>s and chrome. Modelled on the
// served HTML and on public extensions/scrapers (nemanjam/reddit-unread-comments,
// off-rkv/social-media-collector): `shreddit-comment[thingid^="t1_"]`, `div[slot="comment"]`,
// `div[slot="text-body"]`, `[id$="-post-rtjson-content"]`, `h1[slot="title"]`.

const HOSTS = 'shreddit-post, shreddit-comment';
const LIGHT_BODIES = '[slot="title"], [slot="text-body"], [slot="comment"]';
// Text that some builds render inside the shadow root itself instead of slotting it.
const SHADOW_BODIES = '[id$="-post-rtjson-content"], [id$="-comment-rtjson-content"], .md';

function isRedditHost(hostname: string): boolean {
  return hostname === 'reddit.com' || hostname.endsWith('.reddit.com');
}

/** The text bodies that belong to `host` itself, not to a comment nested in it. */
function bodiesOf(host: Element): Element[] {
  const light = [...host.querySelectorAll(LIGHT_BODIES)].filter((body) => body.closest(HOSTS) === host);
  const shadow = host.shadowRoot ? [...host.shadowRoot.querySelectorAll(SHADOW_BODIES)] : [];
  return [...light, ...shadow.filter((body) => !shadow.some((other) => other !== body && other.contains(body)))];
}

/** The post or comment element a text body belongs to, slotted or in its shadow root. */
function hostOf(body: Element): Element | null {
  const root = body.getRootNode();
  return body.closest(HOSTS) ?? ('host' in root ? (root as ShadowRoot).host : null);
}

/** One host's bodies a step. Hosts come in document order and a comment's body precedes its replies. */
function* postsIn(root: Document | Element): Generator<Element[]> {
  const hosts = root.querySelectorAll(HOSTS);
  if (isElement(root)) {
    if (root.matches(HOSTS)) yield bodiesOf(root).filter(hasText);
    // A body added to a comment that had none yet.
    else if (hosts.length === 0) {
      const host = hostOf(root);
      if (host) yield bodiesOf(host).filter((body) => root.contains(body) && hasText(body));
    }
  }
  for (const host of hosts) yield bodiesOf(host).filter(hasText);
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  // Any Reddit page except old.reddit.com; www can still serve old markup to users who chose
  // it, and then this adapter finds nothing and `old-reddit` takes over.
  matches: (url) => isRedditHost(url.hostname) && url.hostname !== 'old.reddit.com',
  postsIn,
  postOf: (part) => hostOf(part) ?? undefined,
  describePost: (post) => hostOf(post)?.getAttribute('author') ?? undefined,
  ignoreWithin: 'blockquote, pre',
};
