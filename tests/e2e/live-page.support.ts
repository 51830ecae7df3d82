import { expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import {
  commentHtml,
  OTHER_THREAD_URL,
  THREAD_URL,
  threadContentHtml,
  threadPageHtml,
  type Thread,
  type ThreadComment,
} from '../fixtures/live/reddit-thread';
import type { BrowserSession, TabPage } from './support/browser-session';
import { FixtureRoutes } from './support/fixture-routes';

const comment = (id: string, text: string, inShadow = false): ThreadComment => ({ id, text, inShadow });

export const THREAD: Thread = {
  title: 'Mid back aches on long runs',
  body: 'Week 9 of marathon training. Is this form or core?',
  comments: [
    comment('c1', 'I get pain between my shoulder blades on the treadmill, never outside.'),
    comment('c2', 'Back to running after two weeks off, legs feel fresh.'),
    comment('c3', 'No back pain at all since I started doing rows twice a week.'),
    comment('c4', 'My lower back gets really tight on hill repeats.'),
  ],
};

export const OTHER_THREAD: Thread = {
  title: 'Shoes for a first marathon',
  body: 'Which shoes did you race your first marathon in?',
  comments: [
    comment('d1', 'Upper back is sore after racing in a hydration vest, shoes were fine.'),
    comment('d2', 'Did an out and back on the canal path in mine, 10 miles easy.'),
  ],
};

const MORE_TEXTS = [
  'Week %d: my mid back aches after every long run, right under the shoulder blades.',
  'Congrats on the PR, that pacing was spot on! (%d)',
  'My back hurts after long runs, %d miles in.',
  'Did an out and back on the canal path, %d miles easy.',
];

/** `count` more comments from `first` on, one in two with an active mention. */
export function moreComments(first: number, count: number): ThreadComment[] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return comment(`m${n}`, MORE_TEXTS[n % MORE_TEXTS.length]!.replace('%d', String(n)));
  });
}

/** What the page should mark: every active mention of the title, the body and each comment. */
export function expectedMarks(thread: Thread): string[] {
  const posts = [
    { id: 't3_post', text: thread.title },
    { id: 't3_post', text: thread.body },
    ...thread.comments.map((c) => ({ id: `t1_${c.id}`, text: c.text })),
  ];
  return posts.flatMap(({ id, text }) =>
    analyze(text)
      .mentions.filter((m) => m.status === 'active')
      .map((m) => `${id}:${m.text}`),
  );
}

// --- In the page (serialised by the driver: self-contained, no imports) ---

/** Reads `backlight-active` as `postId:text`, the post found across shadow boundaries. */
export function readLiveMarks(): string[] {
  const highlight = CSS.highlights.get('backlight-active');
  if (!highlight) return [];
  return [...highlight].map((range) => {
    let node: Node | null = range.startContainer;
    while (node) {
      if (node instanceof Element && /^t[13]_[a-z0-9]+$/.test(node.getAttribute('thingid') ?? node.id)) break;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    const el = node as Element | null;
    // The registry holds frozen copies (StaticRange): their text through a Range of the page's own.
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return `${el?.getAttribute('thingid') ?? el?.id ?? '?'}:${live.toString()}`;
  });
}

function appendComments(html: string): void {
  document.getElementById('comment-tree')!.insertAdjacentHTML('beforeend', html);
}

function editComment({ id, text }: { id: string; text: string }): void {
  // The text node itself changes, as when a site re-renders an edited comment in place.
  (document.querySelector(`#t1_${id}-comment-rtjson-content p`)!.firstChild as Text).data = text;
}

function removeComments(ids: string[]): void {
  for (const id of ids) document.querySelector(`[thingid="t1_${id}"]`)!.remove();
}

function navigate({ url, html }: { url: string; html: string }): void {
  history.pushState({}, '', url);
  document.getElementById('main-content')!.innerHTML = html;
}

// --- Scenarios, shared by both browsers ---

async function expectMarks(page: TabPage, thread: Thread): Promise<void> {
  const expected = expectedMarks(thread);
  await expect.poll(() => page.evaluate(readLiveMarks), { timeout: 10_000, interval: 100 }).toEqual(expected);
  await expect.poll(() => page.badge(), { timeout: 10_000, interval: 200 }).toBe(expected.length ? String(expected.length) : '');
}

const withComments = (thread: Thread, comments: ThreadComment[]): Thread => ({ ...thread, comments });

interface LiveScenario {
  name: string;
  run(page: TabPage): Promise<void>;
}

const LIVE_SCENARIOS: LiveScenario[] = [
  {
    name: 'marks 100 comments loaded in one go ("load more comments")',
    async run(page) {
      await expectMarks(page, THREAD);
      const more = moreComments(0, 100);
      await page.evaluate(appendComments, more.map(commentHtml).join(''));
      await expectMarks(page, withComments(THREAD, [...THREAD.comments, ...more]));
    },
  },
  {
    name: 'marks comments added in several batches (infinite scroll)',
    async run(page) {
      await expectMarks(page, THREAD);
      let comments = THREAD.comments;
      for (let batch = 0; batch < 5; batch++) {
        const more = moreComments(batch * 20, 20);
        comments = [...comments, ...more];
        await page.evaluate(appendComments, more.map(commentHtml).join(''));
        await new Promise((r) => setTimeout(r, 40));
      }
      await expectMarks(page, withComments(THREAD, comments));
    },
  },
  {
    name: 'follows text edited in place, both ways',
    async run(page) {
      await expectMarks(page, THREAD);
      const edits = { c2: 'Edit: my mid back aches after every long run.', c4: 'Edit: it was my calves, not my back.' };
      await page.evaluate(editComment, { id: 'c2', text: edits.c2 });
      await page.evaluate(editComment, { id: 'c4', text: edits.c4 });
      const edited = THREAD.comments.map((c) => (c.id in edits ? { ...c, text: edits[c.id as keyof typeof edits] } : c));
      await expectMarks(page, withComments(THREAD, edited));
    },
  },
  {
    name: 'drops the marks of removed comments',
    async run(page) {
      await expectMarks(page, THREAD);
      await page.evaluate(removeComments, ['c1', 'c2']);
      await expectMarks(page, withComments(THREAD, THREAD.comments.filter((c) => c.id !== 'c1' && c.id !== 'c2')));
    },
  },
  {
    name: 'starts over when the app moves to another thread (history.pushState)',
    async run(page) {
      await expectMarks(page, THREAD);
      await page.evaluate(navigate, { url: OTHER_THREAD_URL, html: threadContentHtml(OTHER_THREAD) });
      await expectMarks(page, OTHER_THREAD);
    },
  },
  {
    name: 'reads text in open shadow roots, and slotted text once',
    async run(page) {
      await expectMarks(page, THREAD);
      const shadowed = [comment('s1', 'Upper back is sore after racing in a hydration vest.', true)];
      const slotted = [comment('s2', 'My back hurts after long runs.')];
      await page.evaluate(appendComments, [...shadowed, ...slotted].map(commentHtml).join(''));
      await expectMarks(page, withComments(THREAD, [...THREAD.comments, ...shadowed, ...slotted]));
    },
  },
];

export function liveThreadRoutes(): FixtureRoutes {
  const routes = new FixtureRoutes();
  routes.addHtml(THREAD_URL, threadPageHtml(THREAD));
  routes.addHtml(OTHER_THREAD_URL, threadPageHtml(OTHER_THREAD));
  return routes;
}

/** The live-thread tests, for a session launched with `liveThreadRoutes()`. */
export function liveThreadTests(session: () => BrowserSession): void {
  for (const scenario of LIVE_SCENARIOS) {
    it(scenario.name, async () => {
      const tab = await session().openTab(THREAD_URL);
      await scenario.run(tab);
      await tab.close();
    });
  }

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
