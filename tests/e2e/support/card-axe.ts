import { resolve } from 'node:path';
import type { TabPage } from './browser-session';

const AXE_PATH = resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
  passes: unknown[];
}

/** In the card: its markup, for axe to check in an open copy (axe cannot enter a closed root). */
function cardMarkupIn(_host: Element, root: ShadowRoot): string {
  return root.innerHTML;
}

/**
 * In the page (after axe.min.js is loaded): serious and critical axe violations inside an open copy of the card,
 * and how many rules applied there (so an empty context can't pass by checking nothing).
 */
async function violationsInCopy({ markup, inside }: { markup: string; inside: string }): Promise<{ serious: string[]; rulesApplied: number }> {
  const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
  const copy = document.createElement('backlight-card-copy');
  copy.attachShadow({ mode: 'open' }).innerHTML = markup;
  document.documentElement.append(copy);
  const results = await axe.run({ include: [{ fromShadowDom: ['backlight-card-copy', inside] }] }, {});
  copy.remove();
  return {
    serious: results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    rulesApplied: results.passes.length + results.violations.length,
  };
}

/**
 * Serious and critical axe violations in the tab's open card (its layout, sheet or beside, kept) or
 * toast, and how many rules applied.
 */
export async function cardAxeViolations(
  tab: TabPage,
  part: 'card' | 'toast' = 'card',
  inside = part === 'card' ? '[role="dialog"]' : '.toast',
): Promise<{ serious: string[]; rulesApplied: number }> {
  const markup = await tab.evaluateInCard(cardMarkupIn, undefined, part);
  if (markup === null) throw new Error(`No ${part} to check`);
  await tab.addScriptFile(AXE_PATH);
  return tab.evaluate(violationsInCopy, { markup, inside });
}
