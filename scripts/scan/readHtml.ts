// Reads a saved page the way the extension does: the site adapter for its URL (from
// <link rel="canonical"> or og:url; else a forum engine or the generic reader) finds the
// posts, and each post's text is read as the content script reads it.
import type { Readable } from 'node:stream';
import { Window } from 'happy-dom';
import { readTextBlock } from '../../page/text-block';
import { pickAdapter } from '../../sites';
import type { ScanInput } from './parseJsonlLine';

const NO_URL = 'file:///saved-page.html';

export async function* readHtml(source: Readable, name: string): AsyncIterable<ScanInput> {
  let html = '';
  source.setEncoding('utf8');
  for await (const chunk of source) html += chunk as string;
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
    const url = new URL(pageUrl(doc) ?? NO_URL);
    const { adapter, posts } = pickAdapter(url, doc);
    const facts = adapter.facts?.(doc);
    for (const [i, post] of posts.entries()) {
      const label = adapter.describePost?.(post);
      yield {
        id: `${name} · ${adapter.name} post ${i + 1}${label ? ` (${label})` : ''}`,
        text: readTextBlock(post, adapter.ignoreWithin).text,
        facts,
      };
    }
  } finally {
    await window.happyDOM.close();
  }
}

function pageUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.find((href) => href != null && URL.canParse(href)) ?? undefined;
}
