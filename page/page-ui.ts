import { browser } from 'wxt/browser';
import type { LoadPageUiMessage } from '../extension/commands';
import type * as CardViewModule from './cards/card-view';
import type { Explainer } from './page-scanner';
import { PAGE_PARTS, type PagePart } from './page-ui-names';

/** The analysis half of the lazily loaded parts: see `entrypoints/page-analysis.ts`. */
export type PageAnalysis = Explainer;

/** The UI half: see `entrypoints/page-ui.ts`. */
export type PageUi = Pick<
  typeof CardViewModule,
  'renderCard' | 'clearCard' | 'followMention' | 'themeBehind' | 'toastUndo' | 'copyReport' | 'createUiHost' | 'CARD_STYLES'
>;

/** The page analysis, loaded on first use. */
export const loadPageAnalysis = partLoader<PageAnalysis>('analysis', ['analyze', 'analysisSteps', 'readPageFacts'], []);

/** The page UI, loaded on first use. */
export const loadPageUi = partLoader<PageUi>(
  'ui',
  ['renderCard', 'clearCard', 'followMention', 'themeBehind', 'toastUndo', 'copyReport', 'createUiHost'],
  ['CARD_STYLES'],
);

/**
 * Loads a part once. WXT builds content scripts as classic scripts, where `import()` is inlined,
 * so the background injects the part's own bundle into this world instead.
 */
function partLoader<T>(part: PagePart, functions: readonly string[], strings: readonly string[]): () => Promise<T> {
  let loading: Promise<T> | null = null;
  const loaded = () => loadedPart<T>(part, functions, strings);
  const request = async (): Promise<T> => {
    if (!loaded()) {
      const message: LoadPageUiMessage = { type: 'backlight:load-page-ui', part };
      await browser.runtime.sendMessage(message);
    }
    const value = loaded();
    if (!value) throw new Error(`The page's ${part} did not load`);
    return value;
  };
  return () =>
    (loading ??= request().catch((error: unknown) => {
      // The extension was reloaded, or the background was busy: the next request tries again.
      loading = null;
      throw error;
    }));
}

/**
 * A part if it is loaded. Only an own property of our world's global counts, and only with its
 * functions: in Chromium's isolated world, the page's `<div id="backlightPageUi">` is a named
 * property of that global too, found by a plain lookup.
 */
function loadedPart<T>(part: PagePart, functions: readonly string[], strings: readonly string[]): T | undefined {
  const name = PAGE_PARTS[part].global;
  if (!Object.hasOwn(globalThis, name)) return undefined;
  const value: unknown = (globalThis as Record<string, unknown>)[name];
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const has = (field: string, type: string) => Object.hasOwn(record, field) && typeof record[field] === type;
  return functions.every((field) => has(field, 'function')) && strings.every((field) => has(field, 'string')) ? (value as T) : undefined;
}
