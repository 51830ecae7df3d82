import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A saved site page from tests/fixtures/sites, parsed, with the URL its canonical link names. */
export function loadFixture(name: string): { doc: Document; url: URL } {
  // Vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
  const path = join(process.cwd(), 'tests/fixtures/sites', `${name}.html`);
  const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error(`${name}.html has no canonical link`);
  return { doc, url: new URL(canonical) };
}

/** Whitespace-collapsed text, for comparing against snippets. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
