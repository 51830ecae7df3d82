import type { BrowserPage, TabPage } from './browser-session';
import type { InCard, UiPartName } from './card-root';

/**
 * The calls that Playwright's and Puppeteer's pages both have, as the adapters below make them.
 * Functions to evaluate go through untyped: the adapters' own signatures type them.
 */
export interface DriverPage {
  evaluate(fn: never, arg?: unknown): Promise<unknown>;
  waitForSelector(selector: string): Promise<unknown>;
  goto(url: string): Promise<unknown>;
  bringToFront(): Promise<void>;
  reload(): Promise<unknown>;
  addScriptTag(options: { path: string }): Promise<unknown>;
  mouse: { move(x: number, y: number, options: { steps: number }): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { press(key: never): Promise<void>; down(key: never): Promise<void>; up(key: never): Promise<void> };
  touchscreen: { tap(x: number, y: number): Promise<void> };
  frames(): { url(): string; evaluate(fn: never): Promise<unknown> }[];
  close(): Promise<void>;
}

/** What a tab asks of its browser's extension harness. */
export type TabExtension = Pick<TabPage, 'badge' | 'badgeColour' | 'resize' | 'openPopup' | 'sendMessage' | 'executeScript' | 'evaluateInCard'>;

/** A page of either driver, as a `BrowserPage`. */
export class PageAdapter implements BrowserPage {
  constructor(protected readonly page: DriverPage) {}

  async evaluate<R, A>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> {
    return (await this.page.evaluate(fn as never, arg)) as Awaited<R>;
  }

  async waitForSelector(selector: string): Promise<void> {
    await this.page.waitForSelector(selector);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** A tab of either driver, as a `TabPage`; the extension's side comes from its browser's harness. */
export class TabAdapter extends PageAdapter implements TabPage {
  constructor(
    page: DriverPage,
    private readonly extension: TabExtension,
  ) {
    super(page);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
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
    return this.page.keyboard.press(key as never);
  }

  async keyboardChord(modifier: string, key: string): Promise<void> {
    await this.page.keyboard.down(modifier as never);
    await this.page.keyboard.press(key as never);
    await this.page.keyboard.up(modifier as never);
  }

  tap(x: number, y: number): Promise<void> {
    return this.page.touchscreen.tap(x, y);
  }

  evaluateInChildFrames<R>(fn: () => R): Promise<{ url: string; result: Awaited<R> }[]> {
    const children = this.page.frames().slice(1);
    return Promise.all(children.map(async (frame) => ({ url: frame.url(), result: (await frame.evaluate(fn as never)) as Awaited<R> })));
  }

  badge(): Promise<string> {
    return this.extension.badge();
  }

  badgeColour(): Promise<number[]> {
    return this.extension.badgeColour();
  }

  resize(width: number, height: number): Promise<void> {
    return this.extension.resize(width, height);
  }

  openPopup(): Promise<BrowserPage> {
    return this.extension.openPopup();
  }

  sendMessage(message: object): Promise<void> {
    return this.extension.sendMessage(message);
  }

  executeScript(fn: () => void): Promise<void> {
    return this.extension.executeScript(fn);
  }

  evaluateInCard<R, A>(fn: InCard<R, A>, arg: A, part?: UiPartName): Promise<Awaited<R> | null> {
    return this.extension.evaluateInCard(fn, arg, part);
  }
}
