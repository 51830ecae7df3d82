import { afterAll, beforeAll, describe } from 'vitest';
import type { InCard, UiPartName } from './card-root';
import type { FixtureRoutes } from './fixture-routes';

// One way to drive either test browser, so that a scenario shared by Chromium and Firefox is
// written once. Functions given to `evaluate` are serialised into the page: they must be
// self-contained.

/** A page of the test browser: a web page's tab, or one of the extension's own pages. */
export interface BrowserPage {
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  waitForSelector(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** A tab showing a web page, with the extension at work in it. */
export interface TabPage extends BrowserPage {
  goto(url: string): Promise<void>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  addScriptFile(path: string): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  keyboardPress(key: string): Promise<void>;
  /** Presses `key` with `modifier` held, e.g. ('Control', 'v'). */
  keyboardChord(modifier: string, key: string): Promise<void>;
  /** A tap of a finger on a touch screen. */
  tap(x: number, y: number): Promise<void>;
  /** Runs `fn` in each child frame. */
  evaluateInChildFrames<R>(fn: () => R): Promise<{ url: string; result: Awaited<R> }[]>;
  /** The extension's toolbar badge for this tab. */
  badge(): Promise<string>;
  /** The background colour of this tab's badge, `[r, g, b, a]`. */
  badgeColour(): Promise<number[]>;
  /** Makes the page's viewport `width`×`height` CSS pixels, as a resized window would. */
  resize(width: number, height: number): Promise<void>;
  /** The extension's popup for this tab, opened as a page of its own. */
  openPopup(): Promise<BrowserPage>;
  /** Sends `message` to the tab's content script from the extension, as its background does. */
  sendMessage(message: object): Promise<void>;
  /** Runs `fn` in the tab's content-script world, with the extension's `scripting` API. */
  executeScript(fn: () => void): Promise<void>;
  /**
   * Runs `fn` on our host and the card's closed shadow root, as a privileged tool can; null while
   * no card shows. `part` picks another part of our UI (the toast).
   */
  evaluateInCard<R, A>(fn: InCard<R, A>, arg: A, part?: UiPartName): Promise<Awaited<R> | null>;
}

export interface OpenTabOptions {
  /** Runs in the page before any of its scripts (and before ours). */
  init?: () => void;
  /** Collects the page's console errors, from every world the browser reports. */
  errors?: string[];
  /** Collects every line of the page's console, at every level and from every world, uncaught errors included. */
  messages?: string[];
}

/** A test browser with the built extension loaded, every request answered from fixtures. */
export interface BrowserSession {
  readonly routes: FixtureRoutes;
  /** The extension's `runtime.id`, as a page could learn it (the store listing, an earlier leak). */
  readonly extensionId: string;
  /** Every request heard from the browser's pages, the extension's own pages included. */
  readonly requests: readonly string[];
  openTab(url: string, options?: OpenTabOptions): Promise<TabPage>;
  /** One of the extension's own pages (e.g. `options.html`) in a tab: the extension's API is at hand there. */
  openExtensionPage(path: string): Promise<BrowserPage>;
  /** The address of every open tab, the ones the extension opened included. */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A describe block whose tests share one session, launched before them and closed after.
 * `tests` registers the tests; `session()` is the running session inside them.
 */
export function describeInBrowser<S extends BrowserSession>(
  title: string,
  launch: () => Promise<S>,
  tests: (session: () => S) => void,
): void {
  describe(title, () => {
    let session: S | undefined;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(() => session?.close());
    tests(() => session!);
  });
}
