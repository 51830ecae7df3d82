// The main-thread tasks that run our content script, from a Chromium trace with CPU samples:
// a task counts as ours when any CPU sample taken during it has a frame of an extension script
// on its stack. Long Animation Frames only report frames of 50 ms or more; this sees every task.
// Where the page's own script ran in the same task (our MutationObserver callback after the
// page's DOM change, our scroll listener in the page's frame), the task is the page's: only the
// time of our samples in it counts as ours. The task during which the CPU profiler started is
// left out: starting it takes tens of milliseconds of that task (the measuring's own cost).
import type { CDPSession, Page } from 'playwright-core';

const CATEGORIES = [
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url: string; functionName: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** A main-thread task that ran our script, and the function of ours most often on top of its samples. */
export interface ScriptTask {
  /** The task's duration; in a task the page's script ran in too, our samples' time in it. */
  ms: number;
  /** The whole task's duration, the page's own work included. */
  taskMs: number;
  /** The whole task's thread CPU time: what it costs on a busy machine, where the wall clock counts time waiting for a core. */
  cpuMs: number;
  /** Whether the page's own script ran in the task too. */
  pages: boolean;
  at: number;
  top: string;
}

/** A trace running in `page`'s browser; `stop()` gives our script's tasks in it. */
export class ScriptTaskTrace {
  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<ScriptTaskTrace> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(',') }, transferMode: 'ReturnAsStream' });
    return new ScriptTaskTrace(cdp);
  }

  /** Durations in ms of the renderer main-thread tasks that ran our script, with their start (trace µs). */
  async stop(): Promise<ScriptTask[]> {
    const complete = new Promise<{ stream?: string }>((resolve) => this.cdp.once('Tracing.tracingComplete', resolve));
    await this.cdp.send('Tracing.end');
    const { stream } = await complete;
    if (!stream) throw new Error('The trace came back without a stream');
    let text = '';
    for (;;) {
      const chunk = await this.cdp.send('IO.read', { handle: stream, size: 8 * 1024 * 1024 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await this.cdp.send('IO.close', { handle: stream });
    await this.cdp.detach();
    const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
    return scriptTasks(Array.isArray(parsed) ? parsed : parsed.traceEvents);
  }
}

/** Our script's tasks: the top-level tasks of renderer main threads during which a sample was in our code. */
export function scriptTasks(events: readonly TraceEvent[]): ScriptTask[] {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const samplesOf = new Map<string, Sample[]>();
  const profiles = new Map<string, Profile>();
  const profilerStarts: { thread: string; at: number }[] = [];
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profilerStarts.push({ thread: `${e.pid}:${e.tid}`, at: e.ts });
      profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, time: e.args?.data?.startTime ?? e.ts, ours: new Map(), pages: new Set(), parents: new Map() });
    }
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      if (node.parent !== undefined) profile.parents.set(node.id, node.parent);
      const { url, functionName } = node.callFrame;
      if (/^(chrome|moz)-extension:/.test(url)) profile.ours.set(node.id, functionName || '(anonymous)');
      else if (url) profile.pages.add(node.id);
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      const delta = deltas[i] ?? 0;
      profile.time += delta;
      const list = samplesOf.get(profile.thread) ?? [];
      list.push({ at: profile.time, ms: delta / 1000, fn: innermostOurs(profile, node), pages: onPageStack(profile, node) });
      samplesOf.set(profile.thread, list);
    });
  }
  const tasks: ScriptTask[] = [];
  for (const [thread, samples] of samplesOf) {
    if (!mainThreads.has(thread)) continue;
    const runs = events
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === thread && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts);
    const hit = new Map<TraceEvent, { fns: Map<string, number>; oursMs: number; pages: boolean }>();
    for (const { at, ms, fn, pages } of samples) {
      const task = taskHolding(runs, at);
      if (!task) continue;
      const seen = hit.get(task) ?? { fns: new Map<string, number>(), oursMs: 0, pages: false };
      seen.pages ||= pages;
      if (fn !== undefined) {
        seen.fns.set(fn, (seen.fns.get(fn) ?? 0) + 1);
        seen.oursMs += ms;
      }
      hit.set(task, seen);
    }
    for (const [task, { fns, oursMs, pages }] of hit) {
      const profilerStarted = profilerStarts.some((s) => s.thread === thread && task.ts <= s.at && s.at <= task.ts + task.dur!);
      if (fns.size === 0 || profilerStarted) continue;
      const top = [...fns].sort((a, b) => b[1] - a[1])[0]![0];
      const taskMs = task.dur! / 1000;
      // A thread can't run longer than the wall clock: a larger tdur is a glitch of the thread clock (seen on a VM).
      const cpuMs = Math.min(task.tdur ?? task.dur!, task.dur!) / 1000;
      tasks.push({ ms: pages ? oursMs : taskMs, taskMs, cpuMs, pages, at: task.ts, top });
    }
  }
  return tasks;
}

interface Sample {
  at: number;
  /** The time since the sample before, in ms. */
  ms: number;
  /** Our innermost function on its stack, if any. */
  fn: string | undefined;
  /** Whether a function of the page's own scripts is on its stack. */
  pages: boolean;
}

/** The outermost of the tasks (sorted by start) holding time `t`: tasks nest only in nested run loops. */
function taskHolding(runs: readonly TraceEvent[], t: number): TraceEvent | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid]!.ts <= t) lo = mid;
    else hi = mid - 1;
  }
  let holding: TraceEvent | undefined;
  for (let i = lo; i >= 0 && i > lo - 50; i--) {
    const run = runs[i]!;
    if (run.ts <= t && t <= run.ts + run.dur!) holding = run;
  }
  return holding;
}

interface Profile {
  thread: string;
  time: number;
  /** Nodes in our scripts, with their function's name. */
  ours: Map<number, string>;
  /** Nodes in the page's own scripts (any other script with a URL; natives have none). */
  pages: Set<number>;
  parents: Map<number, number>;
}

/** The innermost function of ours on a sample's stack, or undefined when none is. */
function innermostOurs(profile: Profile, node: number): string | undefined {
  for (let n: number | undefined = node; n !== undefined; n = profile.parents.get(n)) {
    const fn = profile.ours.get(n);
    if (fn !== undefined) return fn;
  }
  return undefined;
}

/** Whether a function of the page's own scripts is on a sample's stack. */
function onPageStack(profile: Profile, node: number): boolean {
  for (let n: number | undefined = node; n !== undefined; n = profile.parents.get(n)) if (profile.pages.has(n)) return true;
  return false;
}

/** The longest of `tasks` (undefined when none). */
export function longestTask(tasks: readonly ScriptTask[]): ScriptTask | undefined {
  return tasks.reduce<ScriptTask | undefined>((longest, t) => (longest && longest.ms >= t.ms ? longest : t), undefined);
}
