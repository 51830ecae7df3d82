import { expect, it } from 'vitest';
import { cardModel } from '../../components/card/card-model';
import { analyze } from '../../core/analyze';
import { knowledge } from '../../core/knowledge';
import { readSavedPage } from '../../scripts/saved-page';
import type { BrowserSession, TabPage } from './support/browser-session';
import { fixtureHtml } from './support/expected-marks';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';
import { unfoldMentionList } from './support/popup-mentions';

// Shared by posts-once.chromium.e2e.ts and posts-once.firefox.e2e.ts: a post whose title and
// body both mention back pain is one post, in the popup's list and in stepping from mention to
// mention, and the title's card tells what the body hints at. Functions marked "in the page" or
// "in the popup" are serialised there.

const THREADS: FixturePage[] = [
  { url: 'https://www.reddit.com/r/running/comments/1titled/lower_back_pain_any_ideas/', file: 'posts/reddit-titled.html' },
  { url: 'https://www.letsrun.com/forum/flat_read.php?thread=12600001', file: 'posts/letsrun-titled.html' },
  { url: 'https://www.strava.com/activities/12600002', file: 'posts/strava-titled.html' },
];

export const postsOnceRoutes = () => new FixtureRoutes(THREADS);

interface ExpectedMention {
  text: string;
  /** The titles of the causes its card lists: its post's. */
  causes: string[];
}

interface ExpectedPost {
  label: string;
  mentions: ExpectedMention[];
}

/** The posts with active mentions and what each mention's card lists, computed in Node. */
function expectedPosts(page: FixturePage): ExpectedPost[] {
  const kb = knowledge();
  return readSavedPage(fixtureHtml(page), page.url).posts.flatMap((post) => {
    const analysis = analyze(post.text);
    const mentions = analysis.mentions
      .filter((m) => m.status === 'active')
      .map((m) => ({ text: m.text, causes: cardModel({ key: 0, ...analysis }, m, kb).causes.map((c) => c.title) }));
    return mentions.length > 0 ? [{ label: post.label ?? '', mentions }] : [];
  });
}

/** In the popup: each listed post's name and the mentions under it. */
function listedPosts(): { label: string; mentions: string[] }[] {
  return [...document.querySelectorAll('.post[role="group"]')].map((post) => ({
    label: post.getAttribute('aria-label') ?? '',
    mentions: [...post.querySelectorAll('.mention')].map((m) => (m.textContent ?? '').replace(/^“|”$/g, '')),
  }));
}

/** On the card's host and closed root: the titles of the causes the open card lists, or null with no card. */
function cardCauses(_host: Element, root: ShadowRoot): string[] | null {
  if (!root.querySelector('[role="dialog"]')) return null;
  return [...root.querySelectorAll('.causes .item-title')].map((title) => title.textContent ?? '');
}

/** Steps to the next mention as Alt+Shift+J does: it is lit up and its card lists `causes`; returns what the card lists. */
async function stepTo(tab: TabPage, mention: ExpectedMention): Promise<string[] | null> {
  await tab.sendMessage({ type: 'backlight:step', step: 'next' });
  await expect.poll(() => tab.evaluate(readHighlight, 'backlight-focus'), { timeout: 10_000, interval: 50 }).toEqual([mention.text]);
  await expect.poll(() => tab.evaluateInCard(cardCauses, undefined), { timeout: 10_000 }).toEqual(mention.causes);
  return tab.evaluateInCard(cardCauses, undefined);
}

export function postsOnceTests(session: () => BrowserSession): void {
  for (const thread of THREADS) {
    const expected = expectedPosts(thread);
    const [opening] = expected;

    it(`${thread.file}: the opening post's title and body are one post, listed once in the popup`, async () => {
      // The fixture's title and body each mention back pain; only the body hints at a cause.
      expect(opening!.mentions).toHaveLength(2);
      const title = readSavedPage(fixtureHtml(thread), thread.url).posts[0]!.text.split('\n')[0]!;
      expect(analyze(title).mentions.map((m) => m.text)).toEqual([opening!.mentions[0]!.text]);
      expect(analyze(title).causes).toEqual([]);
      expect(opening!.mentions[0]!.causes.length).toBeGreaterThan(0);

      const tab = await session().openTab(thread.url);
      const all = expected.flatMap((post) => post.mentions.map((m) => m.text));
      await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual(all);
      const popup = await tab.openPopup();
      await unfoldMentionList(popup);
      expect(await popup.evaluate(listedPosts)).toEqual(expected.map((post) => ({ label: post.label, mentions: post.mentions.map((m) => m.text) })));
      await popup.close();
      await tab.close();
    });

    it(`${thread.file}: stepping stops once at each mention, the title's card naming what the body hints at`, async () => {
      const tab = await session().openTab(thread.url);
      const mentions = expected.flatMap((post) => post.mentions);
      await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(mentions.length);
      // Once round, and on to the first again: no stop in between for a title read as a post.
      const cards: (string[] | null)[] = [];
      for (const mention of [...mentions, mentions[0]!]) cards.push(await stepTo(tab, mention));
      // The title's card and the body's list the same causes: the body's, as the title names none.
      expect(cards[0]?.length).toBeGreaterThan(0);
      expect(cards[0]).toEqual(cards[1]);
      await tab.close();
    });
  }

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
