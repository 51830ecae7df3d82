import type { Page } from 'playwright-core';
import { chromiumConsoleErrors } from '../hostile-pages.console';
import type { BrowserPage, BrowserSession, OpenTabOptions, TabPage } from './browser-session';
import { ChromiumSession } from './chromium';
import type { FixtureRoutes } from './fixture-routes';

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

  async openTab(url: string, { init, errors }: OpenTabOptions = {}): Promise<TabPage> {
    const page = await this.chromium.open(url, async (tab) => {
      if (errors) await chromiumConsoleErrors(tab, errors);
      if (init) await tab.addInitScript(init);
    });
    return new ChromiumTab(this.chromium, page);
  }

  close(): Promise<void> {
    return this.chromium.close();
  }
}

class ChromiumPage implements BrowserPage {
  constructor(protected readonly page: Page) {}

  evaluate<R, A>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as (arg: unknown) => Awaited<R>, arg);
  }

  async waitForSelector(selector: string): Promise<void> {
    await this.page.locator(selector).first().waitFor();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

class ChromiumTab extends ChromiumPage implements TabPage {
  constructor(
    private readonly session: ChromiumSession,
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
    return this.page.keyboard.press(key);
  }

  evaluateInChildFrames<R>(fn: () => R): Promise<{ url: string; result: Awaited<R> }[]> {
    return Promise.all(
      this.page
        .frames()
        .slice(1)
        .map(async (frame) => ({ url: frame.url(), result: await frame.evaluate(fn as () => Awaited<R>) })),
    );
  }

  badge(): Promise<string> {
    return this.session.badge(this.page);
  }

  async openPopup(): Promise<BrowserPage> {
    return new ChromiumPage(await this.session.openPopupInTab(this.page));
  }

  async sendMessage(message: object): Promise<void> {
    const tabId = await this.session.tabId(this.page);
    await this.session.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
  }

  async executeScript(fn: () => void): Promise<void> {
    const tabId = await this.session.tabId(this.page);
    // As source: a function can't be an argument of `evaluate`.
    await this.session.worker.evaluate(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', func: ${fn.toString()} })`,
    );
  }
}
