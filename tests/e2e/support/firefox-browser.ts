import type { Page } from 'puppeteer-core';
import { firefoxConsoleErrors } from '../hostile-pages.console';
import type { BrowserPage, BrowserSession, OpenTabOptions, TabPage } from './browser-session';
import { firefoxCardScript } from './card-root';
import { firefoxConsoleMessages } from './console-messages';
import type { FixtureRoutes } from './fixture-routes';
import { FirefoxSession, GECKO_ID } from './firefox';
import { PageAdapter, TabAdapter } from './page-adapters';

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

  get extensionId(): string {
    return GECKO_ID;
  }

  async openTab(url: string, { init, errors, messages }: OpenTabOptions = {}): Promise<TabPage> {
    const { firefox } = this;
    const page = await firefox.open(url, async (tab) => {
      this.hear(tab);
      if (errors) firefoxConsoleErrors(tab, errors);
      if (messages) firefoxConsoleMessages(tab, messages);
      if (init) await tab.evaluateOnNewDocument(init);
    });
    // The extension's API is reached from its pages, opened in tabs that take the front: the tab
    // is brought to the front again before a test goes on with input.
    await page.bringToFront();
    // The extension finds the tab by the URL it shows now, which an SPA navigation changes.
    const href = () => page.evaluate(() => location.href);
    const tabId = async () => firefox.tabId(await href());
    return new TabAdapter(page, {
      badge: async () => firefox.badge(await href()),
      badgeColour: async () => firefox.badgeColour(await href()),
      resize: (width, height) => page.setViewport({ width, height }),
      openPopup: async () => {
        const popup = await firefox.openExtensionPage(`popup.html?tab=${await tabId()}`);
        this.hear(popup);
        return new PageAdapter(popup);
      },
      async sendMessage(message) {
        await firefox.withExtensionApi((api, [id, m]) => api.tabs.sendMessage(id, m), [await tabId(), message] as const);
        await page.bringToFront();
      },
      async executeScript(fn) {
        // As source: a function can't be an argument of `evaluate`.
        await firefox.evaluateInExtension(`browser.scripting.executeScript({ target: { tabId: ${await tabId()} }, func: ${fn.toString()} })`);
        await page.bringToFront();
      },
      async evaluateInCard(fn, arg, part) {
        const id = await tabId();
        const result = await firefox.evaluateInApiPage(
          `browser.scripting.executeScript({ target: { tabId: ${id} }, func: ${firefoxCardScript(fn, part)}, args: [${JSON.stringify(arg ?? null)}] }).then((r) => r[0]?.result ?? null)`,
        );
        await page.bringToFront();
        return result as never;
      },
    });
  }

  tabUrls(): Promise<string[]> {
    return this.firefox.withExtensionApi(async (api) => (await api.tabs.query({})).map((tab) => tab.url ?? ''), null);
  }

  async openExtensionPage(path: string): Promise<BrowserPage> {
    const page = await this.firefox.openExtensionPage(path);
    this.hear(page);
    return new PageAdapter(page);
  }

  /** Records `page`'s requests: extension pages' requests are not intercepted, so the routes never see them. */
  private hear(page: Page): void {
    page.on('request', (request) => this.requests.push(request.url()));
  }

  close(): Promise<void> {
    return this.firefox.close();
  }
}
