import type { analysisSteps, analyze } from '../core/analyze';
import { hasPageFacts } from '../sites/fact-adapter-ids';
import type { readPageFacts } from '../sites/page-facts';
import type { Mention } from '../core/types';
import type { AdapterChoice, SiteAdapter } from '../sites';
import { outermost } from '../sites/dom';
import { gatherPostsWithin } from '../sites/find-posts';
import { runToEnd } from '../core/run-to-end';
import { ACTIVE_HIGHLIGHT, RED_FLAG_HIGHLIGHT, type HighlightRegistry } from './highlights';
import { MarkWindow, type WindowPost } from './mark-window';
import type { PageReport, PostReport } from './report';
import { rangeFor, readTextBlock, type TextBlock } from './text-block';
import { textPieces } from '../core/text-pieces';
import { HOST_ATTRIBUTE } from './ui-host';
import { Slices, yieldToPage } from './yield-to-page';
import { postPartsSteps, type PostParts } from '../sites/post-parts';
import { withPlaced } from './post-order';

/** What explaining posts takes, beyond finding their mentions: loaded on first use. */
export interface Explainer {
  analyze: typeof analyze;
  /** What analysing some texts first takes (compiling the lexicons…), in steps run between the page's tasks. */
  analysisSteps: typeof analysisSteps;
  readPageFacts: typeof readPageFacts;
}

/** Reruns of the adapter over the whole page (one that found no post) wait this many times its last run. */
const RELOCATE_COST_FACTOR = 10;
/** Longer posts are read in pieces of about this many characters (a millisecond or two each). */
const PIECE_CHARS = 64 * 1024;

/** How many scans `settled()` waits for, one after another, on a page that keeps changing. */
const SETTLE_ROUNDS = 5;

export interface PageScannerDeps {
  win: Window & typeof globalThis;
  /**
   * Finds the mentions of `text.slice(start, end)` to mark, at their offsets in `text`:
   * `detectMentionsIn`, which needs no analysis loaded.
   */
  detect: (text: string, start: number, end: number) => Mention[];
  /** What `detect` would do on first use (compiling its lexicon), in steps run between the page's tasks. */
  detectionSteps?: () => Iterator<void>;
  /** The analysis and activity facts, loaded when a card or the popup first asks for causes and red flags. */
  loadExplainer: () => Promise<Explainer>;
  /** Which adapter reads the page and its posts, stepwise (`pickAdapterSteps`): it pauses between steps. */
  locate: (doc: Document) => Iterator<unknown, AdapterChoice>;
  highlights: HighlightRegistry | null;
  /** The page's marks changed; `activeCount` of them (the badge's number). */
  onMarksChanged: (activeCount: number) => void;
  /** The marks registered near the viewport changed (the reader scrolled, say). */
  onWindowChanged?: () => void;
  /** The red flags marked in posts with a marked mention changed; `count` of them (the badge's colour). */
  onRedFlagsChanged?: (count: number) => void;
  /** How long to gather mutations before rescanning, in ms. */
  batchMs?: number;
  /** Which active mentions to mark (all by default): the reader may have hidden some. */
  filterMarked?: (active: MentionRef[]) => MentionRef[];
  /** Whether to scan the page at its current URL (asked on every rescan: SPAs move around). */
  decide?: () => ScanDecision;
}

export type ScanDecision = { run: true } | { run: false; why: string };

/** One active mention on the page with its live Range, for presenters such as hover cards. */
export interface MentionRef {
  /** `postKey:mentionIndex`, stable while the page shows the post. */
  id: string;
  post: PostRef;
  mentionIndex: number;
  mention: Mention;
  range: Range;
}

/** A post as the page's marks know it: causes and red flags wait for `explainPost`. */
export interface PostRef {
  key: number;
  label?: string;
}

interface PostState extends PostRef {
  /** The text elements it is read from (a title and a body, or just itself), in document order. */
  parts: Element[];
  block: TextBlock;
  mentions: Mention[];
  /** One per mention, same order; null where the DOM no longer holds that text. */
  ranges: (Range | null)[];
  /** Its active mentions still in the page, made once: publishing thousands of posts reuses them. */
  refs: MentionRef[];
  /** Its full report, once asked for. */
  report?: PostReport;
}

/**
 * Keeps the page's marks in step with its posts: a first scan in slices, then only the posts
 * that mutations added or changed, with removed posts dropped, and a fresh start when a
 * single-page app moves to another URL.
 */
export class PageScanner {
  private readonly posts = new Map<Element, PostState>();
  /** Known posts that changed since the last scan: their posts are looked for again within them. */
  private readonly dirty = new Set<Element>();
  /** Elements added outside the known posts since the last scan: new posts are looked for within them. */
  private readonly added = new Set<Element>();
  /** The adapter chosen by a run over the whole page; later scans look only within what changed. */
  private located: Omit<AdapterChoice, 'posts'> | null = null;
  private observer: MutationObserver | null = null;
  private timer: number | undefined;
  private nextKey = 1;
  private url: string;
  private adapter = { id: 'none', name: 'None' };
  private fellBackFrom: { id: string; name: string } | undefined;
  private paused: string | undefined;
  /** The active mentions marked on the page, in the order `filterMarked` gave them. */
  private markedRefs: MentionRef[] = [];
  private marked = new Set<string>();
  /** Of the marked mentions, those near the viewport are registered with `CSS.highlights`. */
  private readonly window: MarkWindow<MentionRef>;
  /** Of the red flags, likewise. */
  private readonly redFlagWindow: MarkWindow<{ range: Range }>;
  /** How many red-flag ranges are marked, and which publish they were computed for. */
  private redFlagCount = 0;
  private publishes = 0;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();
  /** How long the adapter last took to find the page's posts, slices and pauses included, in ms. */
  private locateMs = 0;
  /** The post element of each post's `MentionRef.post`, for grouping marks by post. */
  private readonly postElements = new WeakMap<PostRef, Element>();

  constructor(private readonly deps: PageScannerDeps) {
    this.url = deps.win.location.href;
    this.window = new MarkWindow(deps.win, deps.highlights, ACTIVE_HIGHLIGHT, () => deps.onWindowChanged?.());
    this.redFlagWindow = new MarkWindow(deps.win, deps.highlights, RED_FLAG_HIGHLIGHT);
  }

  start(): Promise<void> {
    // The task that starts the scanner has run the script's setup: the first slice gets a task of its own.
    this.running = yieldToPage(this.deps.win);
    return this.rescan();
  }

  stop(): void {
    this.stopped = true;
    this.observe(false);
    if (this.timer !== undefined) this.deps.win.clearTimeout(this.timer);
    this.window.stop();
    this.redFlagWindow.stop();
    this.posts.clear();
    this.markedRefs = [];
    this.marked.clear();
  }

  /** Every post with a mention, analysed (loading the analysis the first time) in slices. */
  async report(): Promise<PageReport> {
    const states = [...this.posts.values()].filter((state) => state.mentions.length > 0);
    const posts: PostReport[] = [];
    if (states.length > 0) {
      const explainer = await this.deps.loadExplainer();
      const explain = this.explainWith(explainer);
      const slices = new Slices(this.deps.win);
      await this.prepare(slices, explainer, states);
      await slices.forEach(states, (state) => {
        const hidden = state.mentions.flatMap((m, i) => (m.status === 'active' && !this.marked.has(`${state.key}:${i}`) ? [i] : []));
        posts.push({ ...explain(state), ...(hidden.length ? { hidden } : {}) });
      });
    }
    const facts = hasPageFacts(this.adapter.id)
      ? (await this.deps.loadExplainer()).readPageFacts(this.adapter.id, this.deps.win.document)
      : undefined;
    return {
      url: this.url,
      adapter: this.adapter,
      ...(this.fellBackFrom ? { fellBackFrom: this.fellBackFrom } : {}),
      ...(this.paused ? { paused: this.paused } : {}),
      posts,
      activeCount: this.marked.size,
      ...(facts ? { facts } : {}),
    };
  }

  /** One post's full report, for its card; null once the page no longer shows it. */
  async explainPost(key: number): Promise<PostReport | null> {
    const explain = await this.explainer();
    const state = [...this.posts.values()].find((s) => s.key === key);
    return state ? explain(state) : null;
  }

  /**
   * Analyses a post once, with the page's facts as they are now: an activity page's own facts
   * (temperature, climb, shoes…) are evidence for its posts.
   */
  private async explainer(): Promise<(state: PostState) => PostReport> {
    return this.explainWith(await this.deps.loadExplainer());
  }

  private explainWith({ analyze, readPageFacts }: Explainer): (state: PostState) => PostReport {
    const facts = readPageFacts(this.adapter.id, this.deps.win.document);
    return (state) => (state.report ??= { key: state.key, label: state.label, ...analyze(state.block.text, { facts }) });
  }

  /** Runs what the first analyses of these posts would take (compiling the lexicons…) in slices, so that none is a long task. */
  private prepare(slices: Slices, { analysisSteps }: Explainer, states: PostState[], isCancelled?: () => boolean): Promise<void> {
    const texts = states.flatMap((state) => (state.report ? [] : [state.block.text]));
    return slices.forEach(analysisSteps(texts), (step) => step(), isCancelled);
  }

  /** The live Range of a mention, for scrolling to it or anchoring a card. */
  rangeOf(postKey: number, mentionIndex: number): Range | null {
    for (const state of this.posts.values()) {
      if (state.key === postKey) return state.ranges[mentionIndex] ?? null;
    }
    return null;
  }

  /** Active mentions whose text is still in the page, post by post, hidden ones included. */
  activeMentions(): MentionRef[] {
    const refs: MentionRef[] = [];
    for (const state of this.posts.values()) for (const ref of state.refs) refs.push(ref);
    return refs;
  }

  /** The active mentions the page marks: hidden ones and turned-off regions left out. */
  markedMentions(): MentionRef[] {
    return this.markedRefs;
  }

  /** The marked mentions near the viewport, registered with `CSS.highlights`: the ones a pointer can reach. */
  registeredMentions(): readonly MentionRef[] {
    return this.window.registered;
  }

  /** Marks the page again, e.g. after the reader hid a mention (only what changed is published). */
  republish(): void {
    if (this.stopped) return;
    if (this.publish()) this.running = this.running.catch(() => undefined).then(() => this.markRedFlags(new Slices(this.deps.win)));
  }

  /**
   * Resolves when no scan is running or waiting for its batch of changes, or after a few rounds on
   * a page that never stops changing.
   */
  async settled(): Promise<void> {
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      const running = this.running;
      await running;
      if (this.timer === undefined && running === this.running) return;
      if (this.timer !== undefined) await new Promise((resolve) => this.deps.win.setTimeout(resolve, this.deps.batchMs ?? 100));
    }
  }

  /** Rescan soon, e.g. after a single-page app changed its URL. */
  refresh(delayMs = this.deps.batchMs ?? 100): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = this.deps.win.setTimeout(() => {
      this.timer = undefined;
      void this.rescan();
    }, delayMs);
  }

  private onMutations(records: MutationRecord[]): void {
    let changed = false;
    let relocate = false;
    for (const record of records) {
      const post = this.postContaining(record.target);
      if (post) {
        this.dirty.add(post);
        changed = true;
      } else if (addsOrRemovesElements(record)) {
        // Outside every known post, only an element added or removed can add or remove posts:
        // a ticking clock's text does not send the adapter over the page again.
        for (const node of record.addedNodes) if (isPageElement(node)) this.added.add(node as Element);
        changed = true;
        // The site's adapter found nothing here before: its posts may have rendered since.
        if (this.located?.fellBackFrom) {
          this.located = null;
          relocate = true;
        }
      }
    }
    // A clock that re-renders elements beside a page the adapter finds nothing on would have it
    // run over the whole page every batch: such reruns wait ten times as long as the last run
    // took, so our share of the page's main thread stays near a tenth.
    if (relocate) this.refresh(Math.max(this.deps.batchMs ?? 100, RELOCATE_COST_FACTOR * this.locateMs));
    else if (changed) this.refresh();
  }

  /** Follows the page's changes while scanning; a paused page is not watched at all. */
  private observe(on: boolean): void {
    if (!on || this.stopped) {
      this.observer?.disconnect();
      this.observer = null;
      return;
    }
    if (this.observer) return;
    const { win } = this.deps;
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(win.document.documentElement, { subtree: true, childList: true, characterData: true });
  }

  private postContaining(node: Node): Element | null {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (n.nodeType === 1 && this.posts.has(n as Element)) return n as Element;
    }
    return null;
  }

  private rescan(): Promise<void> {
    // A scan that threw must not stop every later one: the next runs after it either way.
    this.running = this.running.catch(() => undefined).then(() => this.rescanNow());
    return this.running;
  }

  private async rescanNow(): Promise<void> {
    if (this.stopped) return;
    const { win } = this.deps;
    const slices = new Slices(win);
    const cancelled = () => this.stopped;
    if (win.location.href !== this.url) {
      this.url = win.location.href;
      this.forget();
    }
    const decision = this.deps.decide?.() ?? { run: true };
    this.paused = decision.run ? undefined : decision.why;
    this.observe(decision.run);
    if (!decision.run) {
      this.forget();
      if (this.publish()) await this.markRedFlags(slices);
      return;
    }
    // What changed since the last scan; changes from now on are for the next one.
    const dirty = new Set([...this.dirty].filter((post) => post.isConnected));
    const added = [...this.added].filter((element) => element.isConnected);
    this.dirty.clear();
    this.added.clear();
    const whole = !this.located;
    const located = this.located ? await this.locateWithin(slices, this.located.adapter, [...dirty, ...added]) : await this.locate(slices);
    if (!located || cancelled()) return;
    const { adapter, posts: parts } = located;
    const grouped = await slices.run(postPartsSteps(adapter, parts), cancelled);
    if (!grouped) return;
    await slices.room();
    if (cancelled()) return;
    const found = slices.step(() => grouped.map((post) => this.withKnownParts(post)));
    await slices.room();
    if (cancelled()) return;
    let changed = false;
    const todo = slices.step(() => {
      const current = new Set(found.map(({ post }) => post));
      // A scan of the whole page finds every post; one within what changed, only those.
      const gone = (post: Element) => !post.isConnected || (!current.has(post) && (whole || dirty.has(post)));
      for (const post of this.posts.keys()) {
        if (gone(post)) {
          this.posts.delete(post);
          changed = true;
        }
      }
      return found.filter(({ post, parts }) => {
        const known = this.posts.get(post);
        return !known || dirty.has(post) || !sameElements(known.parts, parts);
      });
    });
    if (todo.length > 0 && this.deps.detectionSteps) {
      await slices.run(this.deps.detectionSteps(), cancelled);
      if (cancelled()) return;
    }
    const huge: { post: Element; parts: Element[]; block: TextBlock }[] = [];
    await slices.forEach(
      todo,
      ({ post, parts }) => {
        const block = readTextBlock(parts, adapter.ignoreWithin);
        if (block.text.length > PIECE_CHARS) return void huge.push({ post, parts, block });
        this.posts.set(post, this.postState(post, parts, block, this.deps.detect(block.text, 0, block.text.length), adapter));
        changed = true;
      },
      cancelled,
    );
    // A post too long to read within one slice (megabytes of text) is read a piece at a time.
    for (const { post, parts, block } of huge) {
      const mentions: Mention[] = [];
      const { text } = block;
      await slices.forEach(textPieces(text, PIECE_CHARS), ([start, end]) => void mentions.push(...this.deps.detect(text, start, end)), cancelled);
      if (cancelled()) return;
      this.posts.set(post, this.postState(post, parts, block, mentions, adapter));
      changed = true;
    }
    await slices.room();
    if (cancelled()) return;
    const placed = found.map(({ post }) => post);
    changed = slices.step(() => this.followPageOrder(whole ? placed : withPlaced([...this.posts.keys()], placed))) || changed;
    if (!changed) return;
    await slices.room();
    if (cancelled()) return;
    if (await slices.run(this.publishSteps(), cancelled)) await this.markRedFlags(slices);
  }

  /** Runs the adapter over the whole page, in slices; undefined if the scanner stopped meanwhile. */
  private async locate(slices: Slices): Promise<AdapterChoice | undefined> {
    const { win } = this.deps;
    const start = win.performance.now();
    const located = await slices.run(this.deps.locate(win.document), () => this.stopped);
    if (!located) return undefined;
    this.locateMs = win.performance.now() - start;
    const { posts, ...choice } = located;
    this.located = choice;
    this.adapter = { id: located.adapter.id, name: located.adapter.name };
    const from = located.fellBackFrom;
    this.fellBackFrom = from ? { id: from.id, name: from.name } : undefined;
    return located;
  }

  /** The adapter's posts within `roots` (elements that changed), in slices. */
  private async locateWithin(slices: Slices, adapter: SiteAdapter, roots: Element[]): Promise<AdapterChoice | undefined> {
    const posts = await slices.run(gatherPostsWithin(adapter, roots), () => this.stopped);
    return posts && { adapter, posts };
  }

  /** Forgets the page's posts (another URL, or a paused page). */
  private forget(): void {
    this.posts.clear();
    this.dirty.clear();
    this.added.clear();
    this.located = null;
  }

  /**
   * A post found within what changed, with the parts it had that are still in the page: a title
   * added above a known body is read with that body, not instead of it.
   */
  private withKnownParts({ post, parts }: PostParts): PostParts {
    const known = this.posts.get(post)?.parts.filter((part) => part.isConnected && !parts.includes(part));
    return known?.length ? { post, parts: outermost([...known, ...parts]) } : { post, parts };
  }

  /**
   * Keeps the posts in the adapter's order, which is the page's: their mentions are then in
   * document order without sorting thousands of ranges. True if the order changed.
   */
  private followPageOrder(order: readonly Element[]): boolean {
    const known = order.filter((post) => this.posts.has(post));
    let i = 0;
    let same = true;
    for (const post of this.posts.keys()) if (post !== known[i++]) same = false;
    if (same) return false;
    const states = known.map((post) => [post, this.posts.get(post)!] as const);
    this.posts.clear();
    for (const [post, state] of states) this.posts.set(post, state);
    return true;
  }

  private postState(post: Element, parts: Element[], block: TextBlock, mentions: Mention[], adapter: SiteAdapter): PostState {
    const key = this.posts.get(post)?.key ?? this.nextKey++;
    const label = adapter.describePost?.(post);
    const ranges = mentions.map((m) => rangeFor(block, m.start, m.end));
    const ref: PostRef = { key, label };
    this.postElements.set(ref, post);
    const refs = mentions.flatMap((mention, mentionIndex): MentionRef[] => {
      const range = ranges[mentionIndex];
      return mention.status === 'active' && range ? [{ id: `${key}:${mentionIndex}`, post: ref, mentionIndex, mention, range }] : [];
    });
    return { key, label, parts, block, mentions, ranges, refs };
  }

  /** `refs` grouped by post, in their order (posts follow one another in document order). */
  private byPost(refs: readonly MentionRef[]): WindowPost<MentionRef>[] {
    const posts: WindowPost<MentionRef>[] = [];
    let last: { post: PostRef; marks: MentionRef[] } | undefined;
    for (const ref of refs) {
      if (last?.post !== ref.post) {
        const element = this.postElements.get(ref.post);
        if (!element) continue;
        last = { post: ref.post, marks: [] };
        posts.push({ element, marks: last.marks });
      }
      last.marks.push(ref);
    }
    return posts;
  }

  /** Marks what is to be marked; false when that is what the page already shows. */
  private publish(): boolean {
    return runToEnd(this.publishSteps());
  }

  /**
   * `publish` in steps, each over every mark of the page (thousands on a long thread): it pauses
   * between them, and gives up (false) if another publish or a stop came meanwhile.
   */
  private *publishSteps(): Generator<void, boolean> {
    const publishes = this.publishes;
    const active = this.activeMentions();
    yield;
    const marked = this.deps.filterMarked?.(active) ?? active;
    yield;
    const same = marked.length === this.markedRefs.length && marked.every((ref, i) => ref.id === this.markedRefs[i]!.id && ref.range === this.markedRefs[i]!.range);
    if (same) return false;
    const posts = this.byPost(marked);
    yield;
    if (this.stopped || publishes !== this.publishes) return false;
    this.markedRefs = marked;
    this.marked = new Set(marked.map((ref) => ref.id));
    this.publishes++;
    this.window.show(posts);
    yield;
    this.deps.onMarksChanged(this.marked.size);
    return true;
  }

  /**
   * Marks the red flags of every post with a marked mention (CONTRACT §3), so warning signs are
   * seen without hovering. Only a page with marks loads the analysis for this; the marks
   * themselves never wait for it. Results of a publish that a newer one replaced are dropped.
   */
  private async markRedFlags(slices: Slices): Promise<void> {
    const publish = this.publishes;
    const replaced = () => this.stopped || publish !== this.publishes;
    await slices.room();
    if (replaced()) return;
    const marked = slices.step(() => new Set(this.markedRefs.map((ref) => ref.post)));
    const posts: [Element, PostState][] = [];
    await slices.forEach(
      this.posts,
      (entry) => {
        if (entry[1].refs.some((ref) => marked.has(ref.post))) posts.push(entry);
      },
      replaced,
    );
    if (replaced()) return;
    const flagged: WindowPost<{ range: Range }>[] = [];
    let count = 0;
    if (posts.length > 0) {
      let explainer: Explainer;
      try {
        explainer = await this.deps.loadExplainer();
      } catch {
        // The analysis could not load (the extension is reloading): the next publish tries again.
        return;
      }
      const explain = this.explainWith(explainer);
      await this.prepare(slices, explainer, posts.map(([, state]) => state), replaced);
      if (replaced()) return;
      await slices.forEach(posts, ([element, state]) => {
        const marks = explain(state).redFlags.flatMap((flag) => {
          const range = rangeFor(state.block, flag.start, flag.end);
          return range ? [{ range }] : [];
        });
        count += marks.length;
        if (marks.length > 0) flagged.push({ element, marks });
      }, replaced);
      if (replaced()) return;
      await slices.room();
      if (replaced()) return;
    }
    if (count === 0 && this.redFlagCount === 0) return;
    this.redFlagWindow.show(flagged);
    if (count !== this.redFlagCount) this.deps.onRedFlagsChanged?.(count);
    this.redFlagCount = count;
  }
}

/**
 * Whether the record adds or removes an element of the page's. Our own UI host comes and goes with
 * each card and toast: it holds no post, and must not send the adapter over the page again.
 */
function addsOrRemovesElements(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  return [...record.addedNodes].some(isPageElement) || [...record.removedNodes].some(isPageElement);
}

function isPageElement(node: Node): boolean {
  return node.nodeType === 1 && !(node as Element).hasAttribute(HOST_ATTRIBUTE);
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((element, i) => element === b[i]);
}
