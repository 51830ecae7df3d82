// `scan` on a saved .html page: one input per post, read as the extension reads the page.
import type { Readable } from 'node:stream';
import { readSavedPage } from '../saved-page';
import type { ScanInput } from './parseJsonlLine';

export async function* readHtml(source: Readable, name: string): AsyncIterable<ScanInput> {
  let html = '';
  source.setEncoding('utf8');
  for await (const chunk of source) html += chunk as string;
  const { adapter, facts, posts } = readSavedPage(html);
  for (const [i, post] of posts.entries()) {
    yield {
      id: `${name} · ${adapter.name} post ${i + 1}${post.label ? ` (${post.label})` : ''}`,
      text: post.text,
      facts,
    };
  }
}
