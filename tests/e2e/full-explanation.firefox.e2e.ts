import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxBrowser } from './support/firefox-browser';
import { FixtureRoutes } from './support/fixture-routes';
import { askFullExplanation, expectAtThePost, FULL_EXPLANATION_THREAD, readFocusedPost } from './full-explanation.support';

describe('Firefox: a card’s Full explanation', () => {
  let browser: FirefoxBrowser;
  beforeAll(async () => {
    browser = await FirefoxBrowser.launch(new FixtureRoutes([FULL_EXPLANATION_THREAD]));
  });
  afterAll(() => browser?.close());

  it('opens the popup at the card’s post, in view and focused', async () => {
    const tab = await askFullExplanation(browser);
    // Firefox opens no popup without a gesture of its own (the card says where to click): the
    // popup the reader then opens is at the post.
    const popup = await tab.openPopup();
    await expect.poll(() => popup.evaluate(readFocusedPost).then((post) => post?.focused)).toBe(true);
    expectAtThePost(await popup.evaluate(readFocusedPost));
    await popup.close();
    await tab.close();
  });
});
