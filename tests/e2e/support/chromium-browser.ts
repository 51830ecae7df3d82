import { chromiumConsoleErrors } from '../hostile-pages.console';
import type { BrowserPage, BrowserSession, OpenTabOptions, TabPage } from './browser-session';
import { evaluateInChromiumCard } from './card-root';
import { ChromiumSession } from './chromium';
import { chromiumConsoleMessages } from './console-messages';
import type { FixtureRoutes } from './fixture-routes';
import { PageAdapter, TabAdapter } from './page-adapters';

/** The shared browser session over a Chromium session (Playwright). */
export class ChromiumBrowser implements BrowserSession {
  readonly requests: string[] = [];

  private constructor(readonly chromium: ChromiumSession) {
    // The context hears every request of the profile, the service worker's included.
    chromium.context.on('request', (request) => this.requests.push(request.url()));
  }

  static async launch(routes: FixtureRoutes): Promise<ChromiumBrowser> {
    return new ChromiumBrowser(await ChromiumSession.launch(routes));
  }

  get routes(): FixtureRoutes {
    return this.chromium.routes;
  }

  get extensionId(): string {
    return this.chromium.extensionId;
  }

  async openTab(url: string, { init, errors, messages }: OpenTabOptions = {}): Promise<TabPage> {
    const { chromium } = this;
    const page = await chromium.open(url, async (tab) => {
      if (errors) await chromiumConsoleErrors(tab, errors);
      if (messages) await chromiumConsoleMessages(tab, messages);
      if (init) await tab.addInitScript(init);
    });
    return new TabAdapter(page, {
      badge: () => chromium.badge(page),
      badgeColour: () => chromium.badgeColour(page),
      resize: (width, height) => page.setViewportSize({ width, height }),
      openPopup: async () => new PageAdapter(await chromium.openPopupInTab(page)),
      async sendMessage(message) {
        const tabId = await chromium.tabId(page);
        await chromium.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
      },
      async executeScript(fn) {
        const tabId = await chromium.tabId(page);
        // As source: a function can't be an argument of `evaluate`.
        await chromium.worker.evaluate(
          `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', func: ${fn.toString()} })`,
        );
      },
      evaluateInCard: (fn, arg, part) => evaluateInChromiumCard(page, fn, arg, part),
    });
  }

  tabUrls(): Promise<string[]> {
    return Promise.resolve(this.chromium.context.pages().map((page) => page.url()));
  }

  async openExtensionPage(path: string): Promise<BrowserPage> {
    const page = await this.chromium.context.newPage();
    await page.goto(`chrome-extension://${this.chromium.extensionId}/${path}`);
    return new PageAdapter(page);
  }

  close(): Promise<void> {
    return this.chromium.close();
  }
}
