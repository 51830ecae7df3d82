import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumBrowser } from './support/chromium-browser';
import { PopupTarget } from './support/chromium';
import { FixtureRoutes } from './support/fixture-routes';
import { askFullExplanation, expectAtThePost, FULL_EXPLANATION_THREAD, readFocusedPost, type FocusedPost } from './full-explanation.support';

describe('Chromium: a card’s Full explanation', () => {
  let browser: ChromiumBrowser;
  beforeAll(async () => {
    browser = await ChromiumBrowser.launch(new FixtureRoutes([FULL_EXPLANATION_THREAD]));
  });
  afterAll(() => browser?.close());

  it('opens the toolbar popup at the card’s post, in view and focused', async () => {
    const tab = await askFullExplanation(browser);
    const { context, extensionId } = browser.chromium;
    const cdp = await context.newCDPSession(context.pages().find((p) => p.url() === FULL_EXPLANATION_THREAD.url)!);
    // Chromium opens the real popup: found among the browser's targets.
    let popup: PopupTarget | undefined;
    await expect
      .poll(async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
        const target = targetInfos.find((t) => t.url === `chrome-extension://${extensionId}/popup.html`);
        if (target) popup = await PopupTarget.attach(cdp, target.targetId);
        return target !== undefined;
      })
      .toBe(true);
    const post = await popup!.waitFor<FocusedPost>(`(() => { const post = (${readFocusedPost})(); return post?.focused ? post : null; })()`, 15_000);
    expectAtThePost(post);
    await tab.close();
  });
});
