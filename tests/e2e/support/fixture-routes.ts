import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** A page served at a real site's URL from a saved fixture, so real match patterns apply. */
export interface FixturePage {
  url: string;
  file: string;
  /** A stylesheet (under tests/fixtures) added to the page's head when served: demo looks. */
  css?: string;
}

export interface Served {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Answers every request of a test browser: fixture pages at their real URLs, an empty 404 for
 * anything else. Nothing reaches the network; `requested` records what was asked for.
 */
export class FixtureRoutes {
  readonly requested: string[] = [];
  private readonly pages = new Map<string, string>();

  constructor(pages: FixturePage[] = []) {
    for (const p of pages) this.add(p);
  }

  add(page: FixturePage): void {
    if (!page.css) return void this.pages.set(normalise(page.url), resolve(FIXTURES, page.file));
    const html = readFileSync(resolve(FIXTURES, page.file), 'utf8');
    const css = readFileSync(resolve(FIXTURES, page.css), 'utf8');
    this.addHtml(page.url, html.replace('</head>', `<style>${css}</style></head>`));
  }

  /** Serve `html` at `url` (for pages made inside a test). */
  addHtml(url: string, html: string): void {
    this.pages.set(normalise(url), `inline:${html}`);
  }

  /** Requests other than the pages themselves and the browser's own favicon fetch. */
  unexpected(): string[] {
    return this.requested.filter((url) => !this.pages.has(normalise(url)) && new URL(url).pathname !== '/favicon.ico');
  }

  answer(url: string): Served {
    this.requested.push(url);
    const source = this.pages.get(normalise(url));
    if (!source) return { status: 404, contentType: 'text/plain', body: '' };
    const body = source.startsWith('inline:') ? source.slice(7) : readFileSync(source, 'utf8');
    return { status: 200, contentType: 'text/html; charset=utf-8', body };
  }
}

function normalise(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
