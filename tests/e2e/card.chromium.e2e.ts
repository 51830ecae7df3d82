import { expect, it } from 'vitest';
import { cardRoutes, cardTests, hoverMention, openCardThread, readCard } from './card.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: hover cards', () => ChromiumBrowser.launch(cardRoutes()), (session) => {
  it('keeps the card open while the pointer travels into it, and closes it after leaving', async () => {
    const tab = await openCardThread(session());
    const card = await hoverMention(tab, 'mid back burning');
    await tab.mouseMove(card.box.left + 20, card.box.top + 20, 5);
    await new Promise((r) => setTimeout(r, 800));
    expect(await readCard(tab)).not.toBeNull();
    await tab.mouseMove(5, 5);
    await expect.poll(() => readCard(tab)).toBeNull();
    await tab.close();
  });

  cardTests(session);
});
