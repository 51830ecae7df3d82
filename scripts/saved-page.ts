// A saved page read in Node the way the content script reads it live: the site adapter for its
// URL (given, or from <link rel="canonical"> / og:url; else a forum engine or the generic
// reader) finds the posts, and each post's text is read as the page scanner reads it.
// Used by `scan` on .html files and by the e2e tests to know what a page should show.
import { Window } from 'happy-dom';
import type { PageFacts } from '../core/facts/types';
import { readTextBlock } from '../page/text-block';
import { pickAdapter, type SiteAdapter } from '../sites';
import { readPageFacts } from '../sites/page-facts';
import { postParts } from '../sites/post-parts';

const NO_URL = 'file:///saved-page.html';

export interface SavedPost {
  label?: string;
  text: string;
}

export interface SavedPage {
  adapter: SiteAdapter;
  /** The activity page's own facts, when its adapter reads any. */
  facts?: PageFacts;
  posts: SavedPost[];
}

export function readSavedPage(html: string, url?: string): SavedPage {
  const window = new Window({
    url: NO_URL,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.documentElement.innerHTML = html.replace(/^\s*<!doctype[^>]*>/i, '');
    const { adapter, posts } = pickAdapter(new URL(url ?? pageUrl(doc) ?? NO_URL), doc);
    return {
      adapter,
      facts: readPageFacts(adapter.id, doc),
      posts: postParts(adapter, posts).map(({ post, parts }) => ({
        label: adapter.describePost?.(post),
        text: readTextBlock(parts, adapter.ignoreWithin).text,
      })),
    };
  } finally {
    void window.happyDOM.close();
  }
}

function pageUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.find((href) => href != null && URL.canParse(href)) ?? undefined;
}
