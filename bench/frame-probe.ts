// In-page instruments for the frame-cost benchmark. Serialised into the page by Playwright's
// evaluate: self-contained, no imports, no named inner functions (see page-probe.ts).

/** What changes every frame while frames are timed. */
export type FrameWork = 'one comment restyled' | 'page restyled' | 'scrolling';

export interface FrameTimes {
  /** Gaps between one requestAnimationFrame callback and the next: the frame times, vsync-bound. */
  frames: number[];
  /** From each frame's change to the first task after its rendering: the main thread's work for it. */
  work: number[];
}

/**
 * Times `frames` consecutive frames while `work` changes the page in each (in the frame's
 * animation step, so that frame renders it): the frame times, and the main-thread work each took
 * (style, layout, paint, and whatever the page and its extensions run), which vsync doesn't round.
 */
export async function timeFrames({ work, frames }: { work: FrameWork; frames: number }): Promise<FrameTimes> {
  const bodies = document.querySelectorAll<HTMLElement>('shreddit-comment > .md');
  // The comment body nearest the viewport's middle: a hover effect, a vote, a collapse happen there.
  let one = bodies[0]!;
  for (const body of bodies) {
    if (body.getBoundingClientRect().top > innerHeight / 2) break;
    one = body;
  }
  const times: FrameTimes = { frames: [], work: [] };
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let frame = 0; frame < frames; frame++) {
    const flip = frame % 2 === 0;
    const changedAt = performance.now();
    if (work === 'one comment restyled') one.style.paddingLeft = flip ? '6px' : '0px';
    else if (work === 'page restyled') document.body.style.fontSize = flip ? '15px' : '16px';
    else if (scrollY + innerHeight >= document.documentElement.scrollHeight - 100) scrollTo(0, 0);
    else scrollBy(0, 120);
    const channel = new MessageChannel();
    const rendered = new Promise<number>((resolve) => (channel.port1.onmessage = () => resolve(performance.now())));
    channel.port2.postMessage(0);
    const next = new Promise<number>((resolve) => requestAnimationFrame(resolve));
    times.work.push((await rendered) - changedAt);
    const now = await next;
    times.frames.push(now - last);
    last = now;
  }
  one.style.paddingLeft = '';
  document.body.style.fontSize = '';
  return times;
}

/** How many ranges our highlights hold (every `backlight-…` entry of CSS.highlights). */
export function registeredRanges(): number {
  let total = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('backlight-')) total += highlight.size;
  });
  return total;
}
