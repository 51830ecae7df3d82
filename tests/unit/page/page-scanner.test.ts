// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analysisSteps, analyze } from '../../../core/analyze';
import { detectMentions, detectMentionsIn } from '../../../core/detect';
import { readPageFacts } from '../../../sites/page-facts';
import type { HighlightRegistry } from '../../../page/highlights';
import { PageScanner, type PageScannerDeps } from '../../../page/page-scanner';
import { createUiHost } from '../../../page/ui-host';
import { generic } from '../../../sites/generic';
import { reddit } from '../../../sites/reddit';
import type { SiteAdapter } from '../../../sites/types';
import { gatherPosts } from '../../../sites/find-posts';
import { selectPosts } from '../../../sites/dom';

/** Records what would be in `CSS.highlights` (happy-dom has no highlight registry). */
class RecordedHighlights implements HighlightRegistry {
  readonly entries = new Map<string, Range[]>();
  set(name: string, ranges: Iterable<AbstractRange>) {
    const list = [...ranges] as Range[];
    // As the registry's contract says: an empty list unregisters the name.
    if (list.length === 0) this.entries.delete(name);
    else this.entries.set(name, list);
  }
  clear(name: string) {
    this.entries.delete(name);
  }
  texts(name = 'backlight-active') {
    return (this.entries.get(name) ?? []).map((r) => r.toString());
  }
}

function post(text: string): HTMLElement {
  const el = document.createElement('article');
  el.className = 'post';
  el.innerHTML = `<p>${text}</p>`;
  return el;
}

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

/** The generic adapter, told where this page's posts are. */
const articles: SiteAdapter = { ...generic, postsIn: (root) => selectPosts(root, 'article.post') };

function* locateWith(adapter: SiteAdapter, doc: Document) {
  return { adapter, posts: yield* gatherPosts(adapter, doc) };
}

const locatePosts = (doc: Document) => locateWith(articles, doc);

/** A scanner over the page's `article.post` elements, recording its marks, counts and analysis loads. */
function startScanner(overrides: Partial<PageScannerDeps> = {}) {
  const highlights = new RecordedHighlights();
  const counts: number[] = [];
  const redFlagCounts: number[] = [];
  const loads = { analyze: 0, analysed: 0 };
  const countedAnalyze: typeof analyze = (text, options) => {
    loads.analysed++;
    return analyze(text, options);
  };
  scanner = new PageScanner({
    win: window as unknown as Window & typeof globalThis,
    detect: detectMentionsIn,
    loadExplainer: async () => {
      loads.analyze++;
      return { analyze: countedAnalyze, analysisSteps, readPageFacts };
    },
    locate: locatePosts,
    highlights,
    onMarksChanged: (activeCount) => counts.push(activeCount),
    onRedFlagsChanged: (count) => redFlagCounts.push(count),
    batchMs: 5,
    ...overrides,
  });
  return { highlights, counts, redFlagCounts, loads, started: scanner.start() };
}

async function settle() {
  await new Promise((r) => setTimeout(r, 30));
  await scanner!.settled();
}

describe('PageScanner', () => {
  it('marks the active mentions of every post and reports their count', async () => {
    document.body.replaceChildren(post('My lower back aches after long runs.'), post('Back to running tomorrow!'));
    const { highlights, counts, started } = startScanner();
    await started;
    expect(highlights.texts()).toEqual([expect.stringContaining('lower back')]);
    expect(counts.at(-1)).toBe(1);
    expect((await scanner!.report()).adapter.id).toBe('generic');
  });

  it('follows posts added, edited and removed after the first scan', async () => {
    const first = post('No back pain at all this week.');
    document.body.replaceChildren(first);
    const { highlights, counts, started } = startScanner();
    await started;
    // Nothing to mark, nothing changed: nothing is published.
    expect(counts).toEqual([]);

    const added = post('Pain between my shoulder blades on the treadmill.');
    document.body.append(added);
    await settle();
    expect(counts.at(-1)).toBe(1);

    first.querySelector('p')!.textContent = 'My upper back is sore and stiff.';
    await settle();
    expect(counts.at(-1)).toBe(2);

    added.remove();
    await settle();
    expect(counts.at(-1)).toBe(1);
    expect(highlights.texts().join(' ')).toContain('upper back');
  });

  it('keeps its mentions in page order when posts are added between others', async () => {
    const last = post('My lower back aches after long runs.');
    document.body.replaceChildren(post('My upper back is sore after the race.'), last);
    const { highlights, started } = startScanner();
    await started;
    last.before(post('My mid back hurts on hills.'));
    await settle();
    expect(highlights.texts().map((t) => t.split(' ')[0])).toEqual(['upper', 'mid', 'lower']);
    expect(scanner!.markedMentions().map((ref) => ref.mention.region)).toEqual(['upper', 'mid', 'lower']);
  });

  it('finds the posts of the first scan in slices, giving the page its main thread between them', async () => {
    document.body.replaceChildren(...Array.from({ length: 12 }, (_, i) => post(`Post ${i}: my lower back aches.`)));
    const log: string[] = [];
    // Each step of the search takes at least 3 ms: two fill the scanner's 5 ms slice.
    function* slowLocate(doc: Document) {
      const posts: Element[] = [];
      for (const step of articles.postsIn(doc)) {
        for (const until = performance.now() + 3; performance.now() < until; );
        posts.push(...step);
        // The page's own task, queued while the scan runs.
        if (posts.length === 1) setTimeout(() => log.push('page'), 0);
        log.push('step');
        yield;
      }
      return { adapter: articles, posts };
    }
    const { counts, started } = startScanner({ locate: slowLocate });
    await started;
    expect(log.filter((entry) => entry === 'step')).toHaveLength(12);
    expect(log.indexOf('page')).toBeGreaterThan(0);
    expect(log.indexOf('page')).toBeLessThan(log.lastIndexOf('step'));
    expect(counts.at(-1)).toBe(12);
  });

  it('starts its first scan in a task of its own, not in the one that started it (which ran the setup)', async () => {
    document.body.replaceChildren(post('My lower back aches.'));
    const log: string[] = [];
    function* loggedLocate(doc: Document) {
      log.push('scan');
      return yield* locatePosts(doc);
    }
    setTimeout(() => log.push('page'), 0);
    const { started } = startScanner({ locate: loggedLocate });
    await started;
    expect(log).toEqual(['page', 'scan']);
  });

  it('compiles what detection needs in steps before reading the first post, giving the page its main thread between them', async () => {
    document.body.replaceChildren(post('My lower back aches.'));
    const log: string[] = [];
    // Each step takes at least 3 ms: two fill the scanner's 5 ms slice.
    function* detectionSteps() {
      for (let k = 0; k < 6; k++) {
        for (const until = performance.now() + 3; performance.now() < until; );
        log.push('step');
        yield;
      }
    }
    const detect: PageScannerDeps['detect'] = (text, start, end) => (log.push('detect'), detectMentionsIn(text, start, end));
    setTimeout(() => log.push('page'), 0);
    const { counts, started } = startScanner({ detect, detectionSteps });
    await started;
    expect(log.filter((entry) => entry === 'step')).toHaveLength(6);
    expect(log.indexOf('detect')).toBeGreaterThan(log.lastIndexOf('step'));
    expect(log.indexOf('page')).toBeLessThan(log.lastIndexOf('step'));
    expect(counts.at(-1)).toBe(1);
  });

  it('keeps following the page after a scan that threw', async () => {
    document.body.replaceChildren(post('My mid back hurts.'));
    let failing = true;
    const { highlights, started } = startScanner({
      locate: (doc) => {
        if (failing) throw new Error('adapter failed');
        return locatePosts(doc);
      },
    });
    await expect(started).rejects.toThrow('adapter failed');
    failing = false;
    document.body.append(post('Pain between my shoulder blades.'));
    await settle();
    expect(highlights.texts()).toHaveLength(2);
  });

  it('clears its marks when stopped', async () => {
    document.body.replaceChildren(post('My mid back hurts.'));
    const { highlights, started } = startScanner();
    await started;
    expect(highlights.texts()).toHaveLength(1);
    scanner!.stop();
    expect(highlights.entries.size).toBe(0);
  });
});

describe('PageScanner with the reader’s choices', () => {
  it('marks and counts only what filterMarked keeps, and reports the rest as hidden', async () => {
    document.body.replaceChildren(post('My lower back aches. My upper back is stiff too.'));
    const { highlights, started } = startScanner({
      filterMarked: (active) => active.filter((ref) => ref.mention.region !== 'upper'),
    });
    await started;
    const report = await scanner!.report();
    expect(report.activeCount).toBe(1);
    expect(highlights.texts()).toEqual([expect.stringContaining('lower back')]);
    const upper = report.posts[0]!.mentions.findIndex((m) => m.region === 'upper');
    expect(report.posts[0]!.hidden).toEqual([upper]);
  });

  it('scans nothing while the site policy says no, and says why', async () => {
    document.body.replaceChildren(post('My mid back hurts.'));
    let allowed = false;
    const { highlights, counts, started } = startScanner({
      decide: () => (allowed ? { run: true } : { run: false, why: 'host-off' }),
    });
    await started;
    expect(await scanner!.report()).toMatchObject({ paused: 'host-off', activeCount: 0, posts: [] });
    expect(highlights.texts()).toEqual([]);

    allowed = true;
    scanner!.refresh();
    await settle();
    expect((await scanner!.report()).paused).toBeUndefined();
    expect(counts.at(-1)).toBe(1);
  });

  it('watches nothing while paused: a page that keeps changing costs no rescan and no count', async () => {
    document.body.replaceChildren(post('My mid back hurts.'));
    let decisions = 0;
    const { counts, started } = startScanner({
      decide: () => {
        decisions++;
        return { run: false, why: 'host-off' };
      },
    });
    await started;
    for (let tick = 0; tick < 5; tick++) {
      document.body.append(post(`Tick ${tick}: my lower back aches.`));
      await settle();
    }
    expect(decisions).toBe(1);
    expect(counts).toEqual([]);
  });
});

describe('PageScanner on a busy page', () => {
  /** The project's own post locator (or `adapter`'s), counting how often the scanner asks it. */
  function countingLocate(adapter?: SiteAdapter) {
    const locator = {
      calls: 0,
      locate: (doc: Document) => {
        locator.calls++;
        return locateWith(adapter ?? articles, doc);
      },
    };
    return locator;
  }

  it('reads a part that loads later with the post it belongs to, without running the adapter over the page again', async () => {
    document.body.innerHTML = `<shreddit-post author="op"><h1 slot="title">Mid back stiff</h1></shreddit-post>`;
    const threads = countingLocate(reddit);
    const { highlights, started } = startScanner({ locate: threads.locate });
    await started;
    const body = document.createElement('section');
    body.slot = 'text-body';
    body.innerHTML = '<p>Since the hills my lower back aches too.</p>';
    document.querySelector('shreddit-post')!.append(body);
    await settle();
    expect(highlights.texts()).toEqual(['Mid back stiff', 'lower back aches']);
    expect(scanner!.markedMentions().map((ref) => ref.post.key)).toEqual([1, 1]);
    expect(threads.calls).toBe(1);
  });

  it('runs the adapter over the whole page once, then looks for posts only within what changed', async () => {
    const first = post('My lower back aches.');
    document.body.replaceChildren(first);
    const locator = countingLocate();
    const { counts, started } = startScanner({ locate: locator.locate });
    await started;
    expect(locator.calls).toBe(1);

    first.querySelector('p')!.textContent = 'My lower back aches and my mid back is stiff.';
    await settle();
    expect(counts.at(-1)).toBe(2);

    document.body.append(post('Upper back sore today.'));
    await settle();
    expect(counts.at(-1)).toBe(3);
    expect(locator.calls).toBe(1);
  });

  it('finds each comment a thread adds once, drops removed ones and reads one again when it grows', async () => {
    const comment = (id: string, text: string) =>
      `<shreddit-comment thingid="t1_${id}" author="u_${id}"><div slot="comment"><p>${text}</p></div></shreddit-comment>`;
    document.body.innerHTML = `<shreddit-post author="op"><h1 slot="title">Long runs</h1></shreddit-post>
      <div id="tree">${comment('a', 'My lower back aches after long runs.')}</div>`;
    const threads = countingLocate(reddit);
    const { started } = startScanner({ locate: threads.locate });
    await started;
    const marked = () => scanner!.markedMentions().map((ref) => `${ref.post.label} ${ref.mention.region}`);
    expect(marked()).toEqual(['u_a lower']);

    // Loaded later: a comment at the end of the thread, and a reply inside the first comment.
    document.getElementById('tree')!.insertAdjacentHTML('beforeend', comment('b', 'My mid back is stiff today.'));
    document.querySelector('[thingid="t1_a"]')!.insertAdjacentHTML('beforeend', comment('c', 'My upper back is sore after hills.'));
    await settle();
    expect(marked()).toEqual(['u_a lower', 'u_c upper', 'u_b mid']);
    const keys = scanner!.markedMentions().map((ref) => ref.post.key);
    expect(new Set(keys).size).toBe(3);

    // The first comment is edited to say more; its reply is left as it was.
    document.querySelector('[thingid="t1_a"] > [slot="comment"] p')!.append(' Now my mid back aches too.');
    await settle();
    expect(marked()).toEqual(['u_a lower', 'u_a mid', 'u_c upper', 'u_b mid']);
    expect(scanner!.markedMentions().map((ref) => ref.post.key)).toEqual([keys[0], keys[0], keys[1], keys[2]]);

    document.querySelector('[thingid="t1_b"]')!.remove();
    await settle();
    expect(marked()).toEqual(['u_a lower', 'u_a mid', 'u_c upper']);
    expect(threads.calls).toBe(1);
  });

  it('leaves a ticking clock outside the posts alone: no adapter run, no publish, no count', async () => {
    const clock = document.createElement('time');
    document.body.replaceChildren(post('My lower back aches.'), clock);
    const locator = countingLocate();
    const { counts, started } = startScanner({ locate: locator.locate });
    await started;
    expect(counts).toEqual([1]);
    for (let tick = 0; tick < 5; tick++) {
      clock.textContent = `10:0${tick}`;
      await settle();
    }
    // A clock that re-renders elements is looked in for posts, but publishes nothing new.
    for (let tick = 0; tick < 3; tick++) {
      clock.innerHTML = `<b>10:1${tick}</b>`;
      await settle();
    }
    expect(locator.calls).toBe(1);
    expect(counts).toEqual([1]);
  });

  it('does not search our own UI host for posts when it comes and goes (a card opening, a toast)', async () => {
    document.body.replaceChildren(post('My lower back aches.'));
    const searched: (Document | Element)[] = [];
    const recording: SiteAdapter = { ...articles, postsIn: (root) => (searched.push(root), articles.postsIn(root)) };
    const locator = countingLocate(recording);
    const { started } = startScanner({ locate: locator.locate });
    await started;
    const host = createUiHost(document).part('card', '');
    await settle();
    host.remove();
    await settle();
    expect(searched).toEqual([document]);
    // The page's own elements beside it still are.
    const aside = document.createElement('aside');
    document.documentElement.append(aside);
    await settle();
    expect(searched).toEqual([document, aside]);
    expect(locator.calls).toBe(1);
  });
});

describe('PageScanner on a huge post', () => {
  it('reads it a piece at a time, marking what detectMentions finds in the whole', async () => {
    const text = 'Cadence felt good along the canal. My lower back ached after the hills! '.repeat(3000);
    document.body.replaceChildren(post(text));
    const pieces: [number, number][] = [];
    const { highlights, counts, started } = startScanner({
      detect: (whole, start, end) => {
        pieces.push([start, end]);
        return detectMentionsIn(whole, start, end);
      },
    });
    await started;
    const active = detectMentions(text).filter((m) => m.status === 'active');
    expect(active.length).toBe(3000);
    expect(counts.at(-1)).toBe(active.length);
    expect(highlights.texts()).toEqual(active.map((m) => m.text));
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map(([start, end]) => end - start))).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('PageScanner: red flags seen without hovering', () => {
  it('marks the red flags of a post with a marked mention, and counts them', async () => {
    document.body.replaceChildren(
      post('My lower back aches after long runs and since Tuesday both my legs went numb.'),
      post('Mid back pain on my long run, then chest pain and I was short of breath sitting on the couch.'),
    );
    const { highlights, redFlagCounts, started } = startScanner();
    await started;
    expect(highlights.texts('backlight-red-flag')).toEqual(['my legs went numb', 'chest pain', 'short of breath sitting']);
    expect(redFlagCounts).toEqual([3]);
  });

  it('loads no analysis and marks no red flag on a page without marks', async () => {
    document.body.replaceChildren(post('Both my legs went numb on the drive home, back to running tomorrow.'));
    const { highlights, redFlagCounts, loads, started } = startScanner();
    await started;
    expect(loads.analyze).toBe(0);
    expect(highlights.entries.has('backlight-red-flag')).toBe(false);
    expect(redFlagCounts).toEqual([]);
  });

  it('drops a red flag once its post has no marked mention, and when the page removes the post', async () => {
    const flagged = post('My mid back has been sore for a week and it wakes me up at night.');
    document.body.replaceChildren(flagged, post('My upper back is tight after the track session.'));
    let hideMid = false;
    const { highlights, redFlagCounts, started } = startScanner({
      filterMarked: (active) => active.filter((ref) => !hideMid || ref.mention.region !== 'mid'),
    });
    await started;
    expect(highlights.texts('backlight-red-flag')).toEqual(['wakes me up at night']);
    hideMid = true;
    scanner!.republish();
    await scanner!.settled();
    expect(highlights.entries.has('backlight-red-flag')).toBe(false);
    hideMid = false;
    scanner!.republish();
    await scanner!.settled();
    expect(highlights.texts('backlight-red-flag')).toEqual(['wakes me up at night']);
    flagged.remove();
    await settle();
    expect(highlights.entries.has('backlight-red-flag')).toBe(false);
    expect(redFlagCounts).toEqual([1, 0, 1, 0]);
  });
});

describe('PageScanner and the analysis, loaded when asked', () => {
  it('marks before loading the analysis, and analyses each post once for red flags, reports and cards', async () => {
    document.body.replaceChildren(post('My lower back aches after the hill repeats.'), post('Back to running tomorrow!'));
    let marksBeforeLoad: string[] = [];
    const { highlights, loads, started } = startScanner({
      loadExplainer: async () => {
        marksBeforeLoad = highlights.texts();
        loads.analyze++;
        return { analyze: (text, options) => (loads.analysed++, analyze(text, options)), analysisSteps, readPageFacts };
      },
    });
    await started;
    expect(marksBeforeLoad).toEqual([expect.stringContaining('lower back')]);
    expect(loads.analyze).toBe(1);

    const report = await scanner!.report();
    expect(report.posts).toHaveLength(1);
    const [only] = report.posts;
    expect(only!.causes.map((cause) => cause.id)).toContain('hills');
    expect(await scanner!.explainPost(only!.key)).toEqual(only);
    expect(loads.analysed).toBe(1);
  });

  it('gives the page’s facts, read for the adapter that ran, to the analysis', async () => {
    document.body.replaceChildren(post('Mid back sore again by the end.'));
    const asked: string[] = [];
    const { started } = startScanner({
      loadExplainer: async () => ({
        analyze,
        analysisSteps,
        readPageFacts: (adapterId) => {
          asked.push(adapterId);
          return { activityType: 'treadmill' };
        },
      }),
    });
    await started;
    const [only] = (await scanner!.report()).posts;
    expect([...new Set(asked)]).toEqual(['generic']);
    expect(only!.causes.find((cause) => cause.id === 'treadmill')?.facts).toEqual([
      expect.objectContaining({ fact: 'activityType', value: 'Treadmill run' }),
    ]);
  });

  it('reports, for every post, the mentions it marked', async () => {
    const texts = ['Mid back burning after long runs, no numbness though.', 'No back pain at all.', 'Pain between my shoulder blades.'];
    document.body.replaceChildren(...texts.map(post));
    const { started } = startScanner();
    await started;
    const report = await scanner!.report();
    expect(report.posts.map((p) => p.mentions)).toEqual(texts.map((text) => detectMentions(text)));
  });

  it('explains no post the page no longer shows', async () => {
    const gone = post('My upper back is sore.');
    document.body.replaceChildren(gone);
    const { started } = startScanner();
    await started;
    const [ref] = scanner!.markedMentions();
    gone.remove();
    await settle();
    expect(await scanner!.explainPost(ref!.post.key)).toBeNull();
  });
});
