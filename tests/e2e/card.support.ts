import { resolve } from 'node:path';
import { cardModel, type CardModel } from '../../components/card/card-model';
import { analyze } from '../../core/analyze';
import { knowledge } from '../../core/knowledge';
import { readSavedPage } from '../../scripts/saved-page';
import { fixtureHtml } from './support/expected-marks';
import type { FixturePage } from './support/fixture-routes';

// Shared by card.chromium.e2e.ts and card.firefox.e2e.ts. Functions marked "in the page" are
// serialised into the page's main world: they must not use anything from this module.

export const CARD_THREAD: FixturePage = {
  url: 'https://www.reddit.com/r/running/comments/1cards1/back_pain_on_long_runs_and_hills/',
  file: 'cards/thread.html',
};

export const HOSTILE_THREAD_URL = 'https://www.reddit.com/r/running/comments/1cards2/hostile_styles/';

/** Page CSS that breaks careless injected UI. */
const HOSTILE_CSS = `<style>
  * { all: unset !important; }
  div, button, h2, h3, ul, li, svg, footer, header { display: none !important; }
  html { font-size: 40px !important; }
  [data-backlight-host], backlight-card { display: none !important; position: static !important; transform: scale(3) !important; }
</style>`;

export function hostileThreadHtml(): string {
  return fixtureHtml(CARD_THREAD).replace('</head>', `${HOSTILE_CSS}</head>`);
}

/** What the card of the mention whose text contains `text` should say, computed in Node. */
export function expectedCard(page: FixturePage, text: string): CardModel {
  const { facts, posts } = readSavedPage(fixtureHtml(page), page.url);
  for (const post of posts) {
    const analysis = analyze(post.text, { facts });
    const mention = analysis.mentions.find((m) => m.text.includes(text));
    if (mention) return cardModel({ key: 0, ...analysis }, mention, knowledge());
  }
  throw new Error(`No mention with “${text}” in ${page.file}`);
}

/** In the page: scrolls the marked mention containing `text` into view, and a point on its first line. */
export function mentionPoint(text: string): { x: number; y: number } | null {
  for (const range of CSS.highlights.get('backlight-active') ?? []) {
    if (!(range as Range).toString().includes(text)) continue;
    (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = (range as Range).getClientRects()[0];
    if (r) return { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2 };
  }
  return null;
}

/** In the page: the mention's whole box. */
export function mentionBox(text: string): { left: number; top: number; right: number; bottom: number } | null {
  for (const range of CSS.highlights.get('backlight-active') ?? []) {
    if (!(range as Range).toString().includes(text)) continue;
    const { left, top, right, bottom } = (range as Range).getBoundingClientRect();
    return { left, top, right, bottom };
  }
  return null;
}

export interface CardSnapshot {
  name: string;
  text: string;
  box: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  titleFontSize: string;
  hostDisplay: string;
  focusInCard: boolean;
  focusHighlight: string[];
  activeElement: string;
}

/** In the page: the open card as a reader (or a screen reader) finds it, or null. */
export function readCard(): CardSnapshot | null {
  const host = document.querySelector('[data-backlight-host]');
  const root = host?.shadowRoot;
  const dialog = root?.querySelector('[role="dialog"]');
  if (!host || !root || !dialog) return null;
  const title = root.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
  const { left, top, right, bottom, width, height } = dialog.getBoundingClientRect();
  const focusHighlight = CSS.highlights.get('backlight-focus');
  return {
    name: title?.textContent ?? '',
    text: (dialog as HTMLElement).innerText,
    box: { left, top, right, bottom, width, height },
    titleFontSize: title ? getComputedStyle(title).fontSize : '',
    hostDisplay: getComputedStyle(host).display,
    focusInCard: document.activeElement === host && dialog.contains(root.activeElement),
    focusHighlight: focusHighlight ? [...focusHighlight].map((r) => (r as Range).toString()) : [],
    activeElement: document.activeElement?.tagName ?? '',
  };
}

/** In the page: styles of page elements that our stylesheet must never reach. */
export function pageStyle(): string[] {
  return [...document.querySelectorAll('h1, p, article')].slice(0, 6).map((el) => {
    const s = getComputedStyle(el);
    return [s.display, s.fontSize, s.fontFamily, s.color, s.boxSizing, s.margin].join('|');
  });
}

/** In the page: the centre of the card's button named `name`. */
export function cardButton(name: string): { x: number; y: number } | null {
  const root = document.querySelector('[data-backlight-host]')?.shadowRoot;
  const button = [...(root?.querySelectorAll('button') ?? [])].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!button) return null;
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/**
 * In the page (after axe.min.js is loaded): serious and critical axe violations inside the card,
 * and how many rules applied there (so an empty context can't pass by checking nothing).
 */
export async function cardAxeViolations(): Promise<{ serious: string[]; rulesApplied: number }> {
  const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
  const results = await axe.run({ include: [{ fromShadowDom: ['[data-backlight-host]', '[role="dialog"]'] }] }, {});
  return {
    serious: results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    rulesApplied: results.passes.length + results.violations.length,
  };
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
  passes: unknown[];
}

export const AXE_PATH = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

export function intersects(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
