import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, requireBrowser } from './browsers';
import { CHROME_BUILD, requireBuild } from './built-extension';
import { FixtureRoutes } from './fixture-routes';

/** Real Chromium with the built extension loaded, every request answered from fixtures. */
export class ChromiumSession {
  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly routes: FixtureRoutes,
    private readonly profile: string,
  ) {}

  static async launch(routes = new FixtureRoutes(), { headless = true } = {}): Promise<ChromiumSession> {
    const executablePath = requireBrowser(CHROMIUM_PATH, 'chromium');
    const extension = requireBuild(CHROME_BUILD, 'npm run build');
    const profile = mkdtempSync(join(tmpdir(), 'backlight-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      viewport: { width: 1200, height: 900 },
      // A touch screen beside the mouse, as on a touch laptop: the cards answer taps too.
      hasTouch: true,
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    await context.route('**/*', (route) => {
      // The extension's own pages and scripts come from the extension, not from the web.
      if (route.request().url().startsWith('chrome-extension://')) return route.continue();
      const served = routes.answer(route.request().url());
      return route.fulfill({ status: served.status, contentType: served.contentType, body: served.body });
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return new ChromiumSession(context, worker, routes, profile);
  }

  get extensionId(): string {
    return new URL(this.worker.url()).host;
  }

  /** `beforeLoad` runs on the new tab before it navigates (e.g. to add init scripts). */
  async open(url: string, beforeLoad?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await this.context.newPage();
    await beforeLoad?.(page);
    await page.goto(url);
    return page;
  }

  tabId(page: Page): Promise<number> {
    return this.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return tab?.id ?? -1;
    }, page.url());
  }

  /** The badge text of the tab showing `page`. */
  async badge(page: Page): Promise<string> {
    const tabId = await this.tabId(page);
    return this.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** The badge colour of the tab showing `page`, `[r, g, b, a]`. */
  async badgeColour(page: Page): Promise<number[]> {
    const tabId = await this.tabId(page);
    return this.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  }

  /** The popup's page for `page`'s tab, opened in a tab of its own (for screenshots). */
  async openPopupInTab(page: Page): Promise<Page> {
    const popup = await this.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${this.extensionId}/popup.html?tab=${await this.tabId(page)}`);
    return popup;
  }

  /**
   * Opens the real toolbar popup for `page` with `chrome.action.openPopup()`, and returns a way
   * to evaluate expressions inside it through the browser's target list.
   */
  async openPopup(page: Page): Promise<PopupTarget> {
    await page.bringToFront();
    const cdp = await this.context.newCDPSession(page);
    await this.worker.evaluate(() => chrome.action.openPopup());
    const popupUrl = `chrome-extension://${this.extensionId}/popup.html`;
    for (let attempt = 0; attempt < 50; attempt++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; url: string }[];
      };
      const target = targetInfos.find((t) => t.url === popupUrl);
      if (target) return PopupTarget.attach(cdp, target.targetId);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The popup did not open');
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A popup reached through CDP's target messages (flatten: false). */
export class PopupTarget {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (reply.id === undefined) return;
      this.pending.get(reply.id)?.(reply.error ? { error: reply.error } : reply.result);
      this.pending.delete(reply.id);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<PopupTarget> {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
      sessionId: string;
    };
    return new PopupTarget(cdp, sessionId);
  }

  /**
   * Evaluates `expression` in the popup (awaiting promises) and returns its JSON value.
   * `userGesture`: as in a reader's click, which lets the popup use the clipboard.
   */
  async evaluate<T>(expression: string, { userGesture = false } = {}): Promise<T> {
    const id = this.nextId++;
    const result = new Promise<unknown>((resolve) => this.pending.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({
        id,
        method: 'Runtime.evaluate',
        params: { expression, awaitPromise: true, returnByValue: true, userGesture },
      }),
    });
    const reply = (await result) as { result?: { value: T }; exceptionDetails?: unknown; error?: unknown };
    if (reply.error || reply.exceptionDetails) {
      throw new Error(`Popup evaluation failed: ${JSON.stringify(reply.error ?? reply.exceptionDetails)}`);
    }
    return reply.result!.value;
  }

  /** Polls until `expression` is truthy in the popup, then returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting in the popup for: ${expression}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
