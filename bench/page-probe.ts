// In-page instruments for the page benchmark. Every function here is serialised into the page
// (Playwright's addInitScript / evaluate): self-contained, no imports, and no named inner
// functions (tsx's keepNames would wrap them in a `__name` helper the page doesn't have).

export interface ProbeReport {
  /** performance.now() at DOMContentLoaded; content scripts (document_idle) start after it. */
  domContentLoaded: number;
  /** Every change of `backlight-active`'s size: when, and to what. */
  changes: { at: number; size: number }[];
  /** Long tasks (≥ 50 ms): start and duration. */
  longTasks: { start: number; duration: number }[];
  /** Long animation frames (≥ 50 ms), with how long the extension's own scripts ran in each. */
  frames: { start: number; duration: number; extensionScriptMs: number }[];
}

interface ProbeWindow {
  backlightProbe: ProbeReport;
}

/** Installed before the page's own scripts: records long tasks, long frames and our highlight's size. */
export function installProbe(): void {
  const probe: ProbeReport = { domContentLoaded: 0, changes: [], longTasks: [], frames: [] };
  (window as unknown as ProbeWindow).backlightProbe = probe;
  const observers: [string, (entry: PerformanceEntry) => void][] = [
    ['longtask', (e) => probe.longTasks.push({ start: e.startTime, duration: e.duration })],
    [
      'long-animation-frame',
      (e) => {
        const scripts = (e as PerformanceEntry & { scripts?: { sourceURL: string; duration: number }[] }).scripts ?? [];
        const extensionScriptMs = scripts
          .filter((script) => /^(chrome|moz)-extension:/.test(script.sourceURL))
          .reduce((sum, script) => sum + script.duration, 0);
        probe.frames.push({ start: e.startTime, duration: e.duration, extensionScriptMs });
      },
    ],
  ];
  for (const [type, record] of observers) {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
    } catch {
      // This browser doesn't report that entry type.
    }
  }
  document.addEventListener('DOMContentLoaded', () => (probe.domContentLoaded = performance.now()), { once: true });
  let size = 0;
  setInterval(() => {
    const at = performance.now();
    const now = CSS.highlights.get('backlight-active')?.size ?? 0;
    if (now !== size) probe.changes.push({ at, size: (size = now) });
  }, 2);
}

/**
 * Resolves with the probe's report once `backlight-active` holds `size` ranges, set after time
 * `since` (or after `timeoutMs`; 0 reads the report as it is).
 */
export function whenMarked({ size, since, timeoutMs }: { size: number; since: number; timeoutMs: number }): Promise<ProbeReport> {
  const probe = (window as unknown as ProbeWindow).backlightProbe;
  const started = performance.now();
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const last = probe.changes[probe.changes.length - 1];
      const reached = last !== undefined && last.size === size && last.at > since;
      if (!reached && performance.now() - started < timeoutMs) return;
      clearInterval(timer);
      resolve(JSON.parse(JSON.stringify(probe)) as ProbeReport);
    }, 5);
  });
}

/** Appends comment HTML to the thread; returns performance.now() just before. */
export function appendToThread(html: string): number {
  const at = performance.now();
  document.getElementById('comment-tree')!.insertAdjacentHTML('beforeend', html);
  return at;
}

/** Moves the single-page app to `url`, showing another thread there; returns performance.now() just before. */
export function navigateThread({ url, html }: { url: string; html: string }): number {
  const at = performance.now();
  history.pushState({}, '', url);
  document.getElementById('main-content')!.innerHTML = html;
  return at;
}

/** mark.js (already in the page) over the thread: ms for the call, ms to the next frame, marks made. */
export function markWithMarkJs(phrases: string[]): Promise<{ callMs: number; frameMs: number; marks: number }> {
  type MarkJs = new (context: Element) => { mark(k: string[], o: object): void };
  const Mark = (window as unknown as { Mark: MarkJs }).Mark;
  const start = performance.now();
  new Mark(document.getElementById('main-content')!).mark(phrases, {
    separateWordSearch: false,
    accuracy: 'exactly',
    acrossElements: false,
  });
  const callMs = performance.now() - start;
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() =>
        resolve({ callMs, frameMs: performance.now() - start, marks: document.querySelectorAll('mark').length }),
      ),
    ),
  );
}
