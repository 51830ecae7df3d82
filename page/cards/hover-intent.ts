export interface HoverTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentOptions<T> {
  timers: HoverTimers;
  /** Wait this long on a mention before its card opens. */
  delayMs: () => number;
  /** Keep an open card this long after the pointer leaves, so it can travel into the card. */
  graceMs: number;
  show(target: T): void;
  hide(): void;
}

type State<T> =
  | { kind: 'idle' }
  | { kind: 'pending'; target: T }
  | { kind: 'open'; target: T }
  | { kind: 'leaving'; target: T };

/**
 * When a hover card opens and closes. Fed with where the pointer is (a mention, the card, or
 * elsewhere), it waits before showing, keeps the card while the pointer is on it or the mention,
 * and gives a grace period when the pointer leaves both.
 */
export class HoverIntent<T> {
  private state: State<T> = { kind: 'idle' };
  private timer: number | undefined;
  /** The card on screen, if any, while a different mention is pending. */
  private shown: T | null = null;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  get current(): T | null {
    return this.shown;
  }

  pointerOnMention(target: T): void {
    const s = this.state;
    if ((s.kind === 'open' || s.kind === 'leaving') && s.target === target) {
      this.settle({ kind: 'open', target });
      return;
    }
    if (s.kind === 'pending' && s.target === target) return;
    this.settle({ kind: 'pending', target });
    this.schedule(this.options.delayMs(), () => this.open(target));
  }

  pointerOnCard(): void {
    if (this.shown !== null) this.settle({ kind: 'open', target: this.shown });
  }

  pointerElsewhere(): void {
    const s = this.state;
    if (s.kind === 'pending' && this.shown === null) {
      this.settle({ kind: 'idle' });
      return;
    }
    if (this.shown === null || s.kind === 'leaving') return;
    const shown = this.shown;
    this.settle({ kind: 'leaving', target: shown });
    this.schedule(this.options.graceMs, () => this.close());
  }

  /** Open at once (the keyboard, a tap), replacing any card. */
  openNow(target: T): void {
    this.open(target);
  }

  close(): void {
    const wasShown = this.shown !== null;
    this.settle({ kind: 'idle' });
    this.shown = null;
    if (wasShown) this.options.hide();
  }

  private open(target: T): void {
    this.settle({ kind: 'open', target });
    this.shown = target;
    this.options.show(target);
  }

  private settle(state: State<T>): void {
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.state = state;
  }

  private schedule(ms: number, fn: () => void): void {
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = undefined;
      fn();
    }, ms);
  }
}
