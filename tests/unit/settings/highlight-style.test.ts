import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HIGHLIGHT, HIGHLIGHT_COLOUR_IDS, HIGHLIGHT_MODES, highlightOverride, highlightRule } from '../../../extension/highlight-style';
import { DEFAULT_SETTINGS } from '../../../extension/settings-schema';
import { ACTIVE_HIGHLIGHT } from '../../../page/highlights';

const CONTENT_CSS = readFileSync(resolve(import.meta.dirname, '../../../public/content-script.css'), 'utf8');

/** The declarations of the `selector { … }` rule in `css`, normalised. */
function declarations(css: string, selector: string): string[] {
  const at = css.indexOf(`${selector} {`);
  expect(at, `${selector} in ${css}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return body
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();
}

describe('highlight styles', () => {
  it('draws the default in the extension’s own CSS, exactly as the rule for it', () => {
    const selector = `::highlight(${ACTIVE_HIGHLIGHT})`;
    expect(DEFAULT_SETTINGS.highlight).toEqual(DEFAULT_HIGHLIGHT);
    expect(declarations(CONTENT_CSS, selector)).toEqual(declarations(highlightRule(ACTIVE_HIGHLIGHT, DEFAULT_HIGHLIGHT), selector));
  });

  it('adds nothing to the page for the default, and a full rule for every other style', () => {
    expect(highlightOverride(ACTIVE_HIGHLIGHT, { ...DEFAULT_HIGHLIGHT })).toBe('');
    for (const mode of HIGHLIGHT_MODES) {
      for (const colour of HIGHLIGHT_COLOUR_IDS) {
        if (mode === DEFAULT_HIGHLIGHT.mode && colour === DEFAULT_HIGHLIGHT.colour) continue;
        expect(highlightOverride(ACTIVE_HIGHLIGHT, { mode, colour })).toBe(highlightRule(ACTIVE_HIGHLIGHT, { mode, colour }));
      }
    }
  });

  it('replaces every property the default sets, so no underline is left under a background mark', () => {
    const selector = `::highlight(${ACTIVE_HIGHLIGHT})`;
    const properties = (css: string) => declarations(css, selector).map((d) => d.split(':')[0]);
    const background = highlightRule(ACTIVE_HIGHLIGHT, { mode: 'background', colour: 'blue' });
    expect(declarations(background, selector)).toContain('text-decoration: none');
    for (const property of properties(CONTENT_CSS).filter((p) => p !== 'text-decoration-thickness' && p !== 'text-underline-offset')) {
      expect(properties(background)).toContain(property);
    }
  });
});
