// Popup benchmark: Preact rendering of the popup in happy-dom for a large page report (the
// browser adds layout and paint on top), the library's first render and one search keystroke.
import { Window } from 'happy-dom';
import { round, type BenchRow } from './bench-row';

const POSTS = 300;

/** Best of `runs` timings in milliseconds. */
async function bestTime(runs: number, work: () => Promise<void> | void): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function popupBench(): Promise<BenchRow[]> {
  const window = new Window({ url: 'chrome-extension://bench/popup.html' });
  Object.assign(globalThis, { window, document: window.document, Node: window.Node, Event: window.Event });
  const { h, render } = await import('preact');
  const { act } = await import('preact/test-utils');
  const { Popup } = await import('../components/Popup');
  const { Library } = await import('../components/library/Library');
  const { knowledge } = await import('../core/knowledge');
  const kb = knowledge();
  const report = bigReport();
  const actions = {
    load: () => Promise.resolve({ kind: 'page' as const, tabId: 1, report }),
    reveal: () => Promise.resolve(true),
    decide: () => Promise.resolve(null),
    enable: () => Promise.resolve(false),
    openOptions: () => {},
    shortcuts: () => Promise.resolve({}),
  };

  const root = window.document.body.appendChild(window.document.createElement('div')) as unknown as HTMLElement;
  const popupMs = await bestTime(5, async () => {
    render(null, root);
    await act(() => {
      render(h(Popup, { actions, kb }), root);
    });
    // The report arrives through a promise chain started by the effect: flush until it shows.
    for (let turn = 0; !root.querySelector('.summary'); turn++) {
      if (turn > 100) throw new Error('The popup did not render its summary');
      await act(() => new Promise((r) => setTimeout(r, 0)));
    }
  });
  render(null, root);
  const libraryMs = await bestTime(5, () => {
    render(null, root);
    render(h(Library, { kb }), root);
  });
  const input = root.querySelector('input[type="search"]') as HTMLInputElement;
  const searchMs = await bestTime(5, async () => {
    await act(() => {
      input.value = input.value === 'treadmill' ? 'numbness' : 'treadmill';
      input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    });
  });
  render(null, root);
  await window.happyDOM.close();
  return [
    { name: `popup first render, ${POSTS} posts`, value: round(popupMs), unit: 'ms', note: 'happy-dom, best of 5' },
    { name: 'library first render', value: round(libraryMs), unit: 'ms', note: 'every cause, remedy, red flag, FAQ' },
    { name: 'library search keystroke', value: round(searchMs), unit: 'ms' },
  ];
}

/** A long thread's report: two mentions, two causes and, every tenth post, a red flag. */
function bigReport() {
  const posts = Array.from({ length: POSTS }, (_, i) => ({
    key: i + 1,
    label: `u/runner_${i}`,
    mentions: [
      { start: 0, end: 14, text: 'mid back aches', region: 'mid' as const, status: 'active' as const },
      { start: 30, end: 46, text: 'lower back hurts', region: 'lower' as const, status: 'active' as const },
    ],
    causes: [
      { id: 'hills' as const, score: 0.6, evidence: [{ start: 50, end: 62, text: 'hill repeats' }] },
      { id: 'treadmill' as const, score: 0.4, evidence: [{ start: 70, end: 79, text: 'treadmill' }] },
    ],
    redFlags: i % 10 === 0 ? [{ id: 'night-pain' as const, tier: 'same-day' as const, start: 90, end: 110, text: 'wakes me up at night' }] : [],
  }));
  return { url: 'https://www.reddit.com/r/running/', adapter: { id: 'reddit', name: 'Reddit' }, posts, activeCount: POSTS * 2 };
}
