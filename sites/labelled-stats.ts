import { decimalSeparatorOf, type DecimalSeparator } from '../core/facts/parse-number';
import type { PageFacts, Shoe } from '../core/facts/types';
import { parseDistanceKm } from '../core/facts/parse-length';
import { statText } from '../core/facts/stat-text';

/** A label or shoe name longer than this is not one: it is read as empty. */
const MAX_NAME_CHARS = 120;

// DOM helpers for the trackers' `facts()`: stat labels and values in whatever markup a site
// uses, and the page's number format. Selectors are passed in by each site's adapter.

/** Lower-cased, whitespace-collapsed text, so labels compare across markup and case. */
export function squashedText(element: Element | null | undefined): string {
  return (statText(element?.textContent ?? '', MAX_NAME_CHARS) ?? '').toLowerCase();
}

/** Stats as `label → value text`, one pair per `pair` element; the first of a label wins. */
export function statsByLabel(root: ParentNode, pair: string, label: string, value: string): Map<string, string> {
  const stats = new Map<string, string>();
  for (const element of root.querySelectorAll(pair)) {
    const name = squashedText(element.querySelector(label));
    const text = element.querySelector(value)?.textContent;
    if (name && text && !stats.has(name)) stats.set(name, text);
  }
  return stats;
}

/** Stats as `label → value text` where each value is the label's next element sibling. */
export function statsBySibling(root: ParentNode, label: string): Map<string, string> {
  const stats = new Map<string, string>();
  for (const element of root.querySelectorAll(label)) {
    const name = squashedText(element);
    const text = element.nextElementSibling?.textContent;
    if (name && text && !stats.has(name)) stats.set(name, text);
  }
  return stats;
}

/** Stats as `label → value text` where each `value` element's label is the `label` element beside it in its parent. */
export function statsByParent(root: ParentNode, value: string, label: string): Map<string, string> {
  const stats = new Map<string, string>();
  for (const element of root.querySelectorAll(value)) {
    const name = squashedText(element.parentElement?.querySelector(label));
    const text = element.textContent;
    if (name && text && !stats.has(name)) stats.set(name, text);
  }
  return stats;
}

/** The first of `labels` (lower-case, in the page's languages) that the stats have, parsed. */
export function readStat<T>(
  stats: ReadonlyMap<string, string>,
  labels: readonly string[],
  parse: (text: string) => T | undefined,
): T | undefined {
  const label = labels.find((name) => stats.has(name));
  const text = label === undefined ? undefined : stats.get(label);
  return text === undefined ? undefined : parse(text);
}

/** The decimal separator of the page's language (`<html lang>`), to read `1.234` right. */
export function pageDecimal(doc: Document): DecimalSeparator | undefined {
  const lang = doc.documentElement.lang;
  return lang ? decimalSeparatorOf(lang) : undefined;
}

/** Shoes: each `name` element, with its distance from the next sibling when it matches `distance`. */
export function readShoes(root: ParentNode, name: string, distance: string, decimal?: DecimalSeparator): Shoe[] {
  return [...root.querySelectorAll(name)].flatMap((element) => {
    const shoeName = statText(element.textContent ?? '', MAX_NAME_CHARS);
    if (!shoeName) return [];
    const next = element.nextElementSibling;
    const km = next?.matches(distance) ? parseDistanceKm(next.textContent ?? '', decimal) : undefined;
    return [km === undefined ? { name: shoeName } : { name: shoeName, distanceKm: km }];
  });
}

/** `facts` without its undefined fields and with no empty shoe list, so pages compare cleanly. */
export function definedFacts(facts: PageFacts): PageFacts {
  const entries = Object.entries(facts).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return Object.fromEntries(entries) as PageFacts;
}
