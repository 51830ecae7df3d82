// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { HighlightRegistry } from '../../../page/highlights';
import { PageScanner, type PageScannerDeps } from '../../../page/page-scanner';
import type { PageReport } from '../../../page/report';
import { generic } from '../../../sites/generic';

/** Records what would be in `CSS.highlights` (happy-dom has no highlight registry). */
class RecordedHighlights implements HighlightRegistry {
  readonly entries = new Map<string, Range[]>();
  set(name: string, ranges: Iterable<Range>) {
    this.entries.set(name, [...ranges]);
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

const locatePosts = (doc: Document) => ({ adapter: generic, posts: [...doc.querySelectorAll('article.post')] });

/** A scanner over the page's `article.post` elements, recording its marks and reports. */
function startScanner(overrides: Partial<PageScannerDeps> = {}) {
  const highlights = new RecordedHighlights();
  const reports: PageReport[] = [];
  scanner = new PageScanner({
    win: window as unknown as Window & typeof globalThis,
    analyze,
    locate: locatePosts,
    highlights,
    onReport: (r) => reports.push(r),
    batchMs: 5,
    ...overrides,
  });
  return { highlights, reports, started: scanner.start() };
}

async function settle() {
  await new Promise((r) => setTimeout(r, 30));
  await scanner!.settled();
}

describe('PageScanner', () => {
  it('marks the active mentions of every post and reports their count', async () => {
    document.body.replaceChildren(post('My lower back aches after long runs.'), post('Back to running tomorrow!'));
    const { highlights, reports, started } = startScanner();
    await started;
    expect(highlights.texts()).toEqual([expect.stringContaining('lower back')]);
    expect(reports.at(-1)!.activeCount).toBe(1);
    expect(reports.at(-1)!.adapter.id).toBe('generic');
  });

  it('follows posts added, edited and removed after the first scan', async () => {
    const first = post('No back pain at all this week.');
    document.body.replaceChildren(first);
    const { highlights, reports, started } = startScanner();
    await started;
    expect(reports.at(-1)!.activeCount).toBe(0);

    const added = post('Pain between my shoulder blades on the treadmill.');
    document.body.append(added);
    await settle();
    expect(reports.at(-1)!.activeCount).toBe(1);

    first.querySelector('p')!.textContent = 'My upper back is sore and stiff.';
    await settle();
    expect(reports.at(-1)!.activeCount).toBe(2);

    added.remove();
    await settle();
    expect(reports.at(-1)!.activeCount).toBe(1);
    expect(highlights.texts().join(' ')).toContain('upper back');
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
    const { highlights, reports, started } = startScanner({
      filterMarked: (active) => active.filter((ref) => ref.mention.region !== 'upper'),
    });
    await started;
    const report = reports.at(-1)!;
    expect(report.activeCount).toBe(1);
    expect(highlights.texts()).toEqual([expect.stringContaining('lower back')]);
    const upper = report.posts[0]!.mentions.findIndex((m) => m.region === 'upper');
    expect(report.posts[0]!.hidden).toEqual([upper]);
  });

  it('scans nothing while the site policy says no, and says why', async () => {
    document.body.replaceChildren(post('My mid back hurts.'));
    let allowed = false;
    const { highlights, reports, started } = startScanner({
      decide: () => (allowed ? { run: true } : { run: false, why: 'host-off' }),
    });
    await started;
    expect(reports.at(-1)).toMatchObject({ paused: 'host-off', activeCount: 0, posts: [] });
    expect(highlights.texts()).toEqual([]);

    allowed = true;
    scanner!.refresh();
    await settle();
    expect(reports.at(-1)!.paused).toBeUndefined();
    expect(reports.at(-1)!.activeCount).toBe(1);
  });
});

describe('PageScanner on a busy page', () => {
  it('asks the adapter again only when something changed outside the posts it knows', async () => {
    const first = post('My lower back aches.');
    document.body.replaceChildren(first);
    let locates = 0;
    const { reports, started } = startScanner({
      locate: (doc) => {
        locates++;
        return locatePosts(doc);
      },
    });
    await started;
    expect(locates).toBe(1);

    first.querySelector('p')!.textContent = 'My lower back aches and my mid back is stiff.';
    await settle();
    expect(locates).toBe(1);
    expect(reports.at(-1)!.activeCount).toBe(2);

    document.body.append(post('Upper back sore today.'));
    await settle();
    expect(locates).toBe(2);
    expect(reports.at(-1)!.activeCount).toBe(3);
  });
});
