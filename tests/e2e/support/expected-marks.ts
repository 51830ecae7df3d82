import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { analyze } from '../../../core/analyze';
import { readTextBlock } from '../../../page/text-block';
import { pickAdapter } from '../../../sites';
import type { FixturePage } from './fixture-routes';

/**
 * What the extension should mark on a fixture page, computed in Node from the same adapter,
 * text reader and detector: the browser test then proves the wiring shows exactly that.
 */
export function expectedActiveMentions(page: FixturePage): string[] {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures', page.file), 'utf8');
  const window = new Window({ url: page.url });
  window.document.write(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  const { adapter, posts } = pickAdapter(new URL(page.url), window.document as unknown as Document);
  const texts: string[] = [];
  for (const post of posts) {
    const block = readTextBlock(post, adapter.ignoreWithin);
    for (const m of analyze(block.text).mentions) if (m.status === 'active') texts.push(m.text);
  }
  void window.happyDOM.close();
  return texts;
}
