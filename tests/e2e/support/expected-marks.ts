import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../core/analyze';
import { readSavedPage } from '../../../scripts/saved-page';
import type { FixturePage } from './fixture-routes';

export function fixtureHtml(page: FixturePage): string {
  return readFileSync(resolve(import.meta.dirname, '../../fixtures', page.file), 'utf8');
}

/**
 * What the extension should mark on a fixture page, computed in Node from the same adapter,
 * text reader and detector: the browser test then proves the wiring shows exactly that.
 */
export function expectedActiveMentions(page: FixturePage): string[] {
  return readSavedPage(fixtureHtml(page), page.url).posts.flatMap((post) =>
    analyze(post.text)
      .mentions.filter((m) => m.status === 'active')
      .map((m) => m.text),
  );
}
