import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH, requireBrowser } from './browsers';
import { FIREFOX_BUILD, requireBuild } from './built-extension';
import { FixtureRoutes } from './fixture-routes';

export const GECKO_ID = 'backlight@backlight.run';
/** Fixed so tests can open the extension's own pages (Firefox picks a random one otherwise). */
export const FIREFOX_EXTENSION_UUID = '5f0c2b1e-8d4a-4e3b-9c6d-7a1b2c3d4e5f';

/** Real Firefox ESR over WebDriver BiDi with the built extension installed temporarily. */
export class FirefoxSession {
  private constructor(
    readonly browser: Browser,
    readonly routes: FixtureRoutes,
    private readonly profile: string,
  ) {}

  static async launch(routes = new FixtureRoutes()): Promise<FirefoxSession> {
    const executablePath = requireBrowser(FIREFOX_PATH, 'firefox-esr');
    const extension = requireBuild(FIREFOX_BUILD, 'npm run build:firefox');
    const profile = mkdtempSync(join(tmpdir(), 'backlight-firefox-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        // Kept across an uninstall: a reinstalled extension's pages would move to a random UUID otherwise.
        'extensions.webextensions.keepUuidOnUninstall': true,
        'network.dns.disableIPv6': true,
        // Plain http pages stay plain (a test checks Backlight leaves them alone): no upgrade to
        // https, by HTTPS-First or by the HSTS preload list (www.reddit.com is on it).
        'dom.security.https_first': false,
        'network.stricttransportsecurity.preloadlist': false,
        'app.update.enabled': false,
      },
    });
    await browser.installExtension(extension);
    return new FirefoxSession(browser, routes, profile);
  }

  /**
   * Removes the extension. It stands in for disabling it, which neither WebDriver BiDi (install and
   * uninstall only) nor `management.setEnabled` (themes only) can do; both unload it the same way.
   */
  uninstallExtension(): Promise<void> {
    return this.browser.uninstallExtension(GECKO_ID);
  }

  /** Installs the built extension again, temporarily, under the same UUID. */
  async reinstallExtension(): Promise<void> {
    await this.browser.installExtension(requireBuild(FIREFOX_BUILD, 'npm run build:firefox'));
  }

  get extensionOrigin(): string {
    return `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  }

  /** `beforeLoad` runs on the new tab before it navigates (e.g. to add init scripts). */
  async open(url: string, beforeLoad?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await this.browser.newPage();
    await beforeLoad?.(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('moz-extension:') || request.url().startsWith('data:')) {
        return void request.continue();
      }
      const served = this.routes.answer(request.url());
      void request.respond({ status: served.status, contentType: served.contentType, body: served.body });
    });
    await page.goto(url);
    return page;
  }

  /** An extension page (e.g. the popup) opened in a tab, to use the extension's own APIs. */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    const url = `${this.extensionOrigin}/${path}`;
    // Firefox loads extension pages without the load events Puppeteer's goto waits for, so
    // start the navigation and wait until the page's own script sees the extension URL.
    page.goto(url).catch(() => {});
    for (let attempt = 0; attempt < 100; attempt++) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Could not open ${url}`);
  }

  private apiPage: Promise<Page> | null = null;

  /**
   * Evaluates `expression` in one extension page kept open behind the tabs for this: reading a
   * card many times over then switches no tab (a tab sent to the back loses its pointer and focus).
   */
  async evaluateInApiPage<T>(expression: string): Promise<T> {
    const open = async () => {
      const page = await (this.apiPage ??= this.openExtensionPage('popup.html'));
      if (!page.isClosed()) return page;
      this.apiPage = null;
      return (this.apiPage = this.openExtensionPage('popup.html'));
    };
    try {
      return (await (await open()).evaluate(expression)) as T;
    } catch {
      // Reloading or removing the extension closes its pages: open a new one, once.
      this.apiPage = null;
      return (await (await open()).evaluate(expression)) as T;
    }
  }

  /** Evaluates `expression` in one of the extension's pages opened in a tab, where `browser` is its API. */
  async evaluateInExtension<T>(expression: string): Promise<T> {
    const page = await this.openExtensionPage('popup.html');
    try {
      return (await page.evaluate(expression)) as T;
    } finally {
      await page.close();
    }
  }

  /** Runs `fn` with the extension's `browser` API, in one of its pages opened in a tab. */
  withExtensionApi<T, A>(fn: (api: typeof chrome, arg: A) => Promise<T>, arg: A): Promise<T> {
    return this.evaluateInExtension(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg)})`);
  }

  async tabId(url: string): Promise<number> {
    const id = await this.withExtensionApi(async (api, tabUrl) => {
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === tabUrl)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab shows ${url}`);
    return id;
  }

  /** The badge text of the tab whose URL is `url`. */
  badge(url: string): Promise<string> {
    return this.withExtensionApi(async (api, tabUrl) => {
      const tab = (await api.tabs.query({})).find((t) => t.url === tabUrl);
      const button = api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
      return button.getBadgeText({ tabId: tab?.id });
    }, url);
  }

  /** The badge colour of the tab whose URL is `url`, `[r, g, b, a]`. */
  badgeColour(url: string): Promise<number[]> {
    return this.withExtensionApi(async (api, tabUrl) => {
      const tab = (await api.tabs.query({})).find((t) => t.url === tabUrl);
      const button = api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
      return button.getBadgeBackgroundColor({ tabId: tab?.id });
    }, url);
  }

  async close(): Promise<void> {
    await this.browser.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
