// The main-thread tasks that run our content script, from a Chromium trace with CPU samples:
// a task counts as ours when any CPU sample taken during it has a frame of an extension script
// on its stack. Long Animation Frames only report frames of 50 ms or more; this sees every task.
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
  ms: number;
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
  const ourSamples = new Map<string, { at: number; fn: string }[]>();
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, time: e.args?.data?.startTime ?? e.ts, ours: new Map(), parents: new Map() });
    }
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      if (node.parent !== undefined) profile.parents.set(node.id, node.parent);
      if (/^(chrome|moz)-extension:/.test(node.callFrame.url)) profile.ours.set(node.id, node.callFrame.functionName || '(anonymous)');
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      const fn = innermostOurs(profile, node);
      if (fn === undefined) return;
      const list = ourSamples.get(profile.thread) ?? [];
      list.push({ at: profile.time, fn });
      ourSamples.set(profile.thread, list);
    });
  }
  const tasks: ScriptTask[] = [];
  for (const [thread, samples] of ourSamples) {
    if (!mainThreads.has(thread)) continue;
    const runs = events
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === thread && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts);
    const hit = new Map<TraceEvent, Map<string, number>>();
    for (const { at, fn } of samples) {
      const task = taskHolding(runs, at);
      if (!task) continue;
      const fns = hit.get(task) ?? new Map<string, number>();
      fns.set(fn, (fns.get(fn) ?? 0) + 1);
      hit.set(task, fns);
    }
    for (const [task, fns] of hit) {
      const top = [...fns].sort((a, b) => b[1] - a[1])[0]![0];
      tasks.push({ ms: task.dur! / 1000, at: task.ts, top });
    }
  }
  return tasks;
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

/** The longest of `tasks` (undefined when none). */
export function longestTask(tasks: readonly ScriptTask[]): ScriptTask | undefined {
  return tasks.reduce<ScriptTask | undefined>((longest, t) => (longest && longest.ms >= t.ms ? longest : t), undefined);
}
