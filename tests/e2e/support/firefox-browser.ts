import type { KeyInput, Page } from 'puppeteer-core';
import { firefoxConsoleErrors } from '../hostile-pages.console';
import type { BrowserPage, BrowserSession, OpenTabOptions, TabPage } from './browser-session';
import type { FixtureRoutes } from './fixture-routes';
import { FirefoxSession } from './firefox';

/** The shared browser session over a Firefox session (Puppeteer over WebDriver BiDi). */
export class FirefoxBrowser implements BrowserSession {
  readonly requests: string[] = [];

  private constructor(readonly firefox: FirefoxSession) {}

  static async launch(routes: FixtureRoutes): Promise<FirefoxBrowser> {
    return new FirefoxBrowser(await FirefoxSession.launch(routes));
  }

  get routes(): FixtureRoutes {
    return this.firefox.routes;
  }

  async openTab(url: string, { init, errors }: OpenTabOptions = {}): Promise<TabPage> {
    const page = await this.firefox.open(url, async (tab) => {
      this.hear(tab);
      if (errors) firefoxConsoleErrors(tab, errors);
      if (init) await tab.evaluateOnNewDocument(init);
    });
    await page.bringToFront();
    return new FirefoxTab(this, page);
  }

  /** Records `page`'s requests: extension pages' requests are not intercepted, so the routes never see them. */
  hear(page: Page): void {
    page.on('request', (request) => this.requests.push(request.url()));
  }

  close(): Promise<void> {
    return this.firefox.close();
  }
}

class FirefoxPage implements BrowserPage {
  constructor(protected readonly page: Page) {}

  evaluate<R, A>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as (arg: unknown) => Awaited<R>, arg);
  }

  async waitForSelector(selector: string): Promise<void> {
    await this.page.waitForSelector(selector);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/**
 * The extension's API is reached from one of its pages opened in a tab of its own, which takes
 * the front; after calls that a test follows with input, this tab is brought back.
 */
class FirefoxTab extends FirefoxPage implements TabPage {
  constructor(
    private readonly browser: FirefoxBrowser,
    page: Page,
  ) {
    super(page);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async addScriptFile(path: string): Promise<void> {
    await this.page.addScriptTag({ path });
  }

  mouseMove(x: number, y: number, steps = 1): Promise<void> {
    return this.page.mouse.move(x, y, { steps });
  }

  mouseClick(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }

  keyboardPress(key: string): Promise<void> {
    return this.page.keyboard.press(key as KeyInput);
  }

  evaluateInChildFrames<R>(fn: () => R): Promise<{ url: string; result: Awaited<R> }[]> {
    return Promise.all(
      this.page
        .frames()
        .slice(1)
        .map(async (frame) => ({ url: frame.url(), result: (await frame.evaluate(fn)) as Awaited<R> })),
    );
  }

  /** The extension finds the tab by the URL it shows now, which an SPA navigation changes. */
  private async tabUrl(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }

  async badge(): Promise<string> {
    return this.browser.firefox.badge(await this.tabUrl());
  }

  async openPopup(): Promise<BrowserPage> {
    const tabId = await this.browser.firefox.tabId(await this.tabUrl());
    const popup = await this.browser.firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    this.browser.hear(popup);
    return new FirefoxPage(popup);
  }

  async sendMessage(message: object): Promise<void> {
    const tabId = await this.browser.firefox.tabId(await this.tabUrl());
    await this.browser.firefox.withExtensionApi((api, [id, m]) => api.tabs.sendMessage(id, m), [tabId, message] as const);
    await this.page.bringToFront();
  }

  async executeScript(fn: () => void): Promise<void> {
    const tabId = await this.browser.firefox.tabId(await this.tabUrl());
    // As source: a function can't be an argument of `evaluate`.
    await this.browser.firefox.evaluateInExtension(
      `browser.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${fn.toString()} })`,
    );
    await this.page.bringToFront();
  }
}
