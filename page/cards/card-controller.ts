import type { MentionFlash } from '../mention-flash';
import type { MentionRef } from '../page-scanner';
import { loadPageUi, type PageUi } from '../page-ui';
import type { PostReport } from '../report';
import type { LazyUiHost } from '../lazy-ui-host';
import type { UiPart } from '../ui-host';
import { HoverIntent } from './hover-intent';
import { stepFrom, type Step } from './mention-order';
import { MentionRects } from './mention-rects';

export interface CardControllerDeps {
  win: Window & typeof globalThis;
  /** Our one host in the page, shared with the undo toasts. */
  ui: LazyUiHost;
  /** The marked mentions, in document order. */
  mentions: () => MentionRef[];
  /** Those of them registered near the viewport: the only ones a pointer can be on. */
  registered: () => readonly MentionRef[];
  flash: MentionFlash;
  delayMs: () => number;
  /** The mention's post, analysed; null once the page no longer shows it. */
  explain(mention: MentionRef): Promise<PostReport | null>;
  /** The card's ⋯ menu, once the card has closed; `keyboard`: chosen from the keyboard. */
  notBackPain(mention: MentionRef, keyboard: boolean): void;
  turnOff(scope: 'thread' | 'site', keyboard: boolean): void;
  report(mention: MentionRef, post: PostReport, keyboard: boolean): void;
  /** Asks the background to open the popup at the mention's post; false when the browser won't. */
  openMore(mention: MentionRef): Promise<boolean>;
}

const GRACE_MS = 300;

/**
 * Hover cards for the page's mentions: finds the mention under the pointer by hit-testing the
 * ranges' rects (the page's DOM gets no listeners or attributes of ours), opens one card at a
 * time as a part of our shadow-root host (on a hover, or a tap on a touch screen), and steps between
 * mentions from the keyboard commands.
 */
export class CardController {
  private part: UiPart | null = null;
  private view: PageUi | null = null;
  private showing: MentionRef | null = null;
  private card: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;
  private focusBefore: Element | null = null;
  private focusOnShow = false;
  private lastStepped: string | null = null;
  private pointer: { x: number; y: number; onCard: boolean } | null = null;
  private frame = 0;
  private readonly rects: MentionRects<MentionRef>;
  private readonly intent: HoverIntent<string>;
  private readonly listening = new AbortController();

  constructor(private readonly deps: CardControllerDeps) {
    const { win } = deps;
    this.rects = new MentionRects(win, deps.registered);
    this.intent = new HoverIntent<string>({
      timers: { setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (id) => win.clearTimeout(id) },
      delayMs: deps.delayMs,
      graceMs: GRACE_MS,
      // If the card UI can't be loaded (the extension was reloaded), there is simply no card.
      show: (id) => void this.show(id).catch(() => this.intent.close()),
      hide: () => this.hide(),
    });
    const options = { passive: true, capture: true, signal: this.listening.signal };
    const doc = win.document;
    // Only the reader's own input counts: a page can dispatch made-up events, never trusted ones.
    const trusted = <E extends Event>(handle: (e: E) => void) => (e: E) => void (e.isTrusted && handle(e));
    doc.addEventListener('pointermove', trusted((e: PointerEvent) => this.onPointerMove(e)), options);
    // A touch has no hover: a tap opens the card at once. A touch that scrolls ends in pointercancel.
    doc.addEventListener('pointerup', trusted((e: PointerEvent) => e.pointerType === 'touch' && this.onTap(e)), options);
    doc.addEventListener('pointerout', trusted((e: PointerEvent) => e.pointerType !== 'touch' && e.relatedTarget === null && this.onPointerGone()), options);
    win.addEventListener('scroll', trusted(() => this.rects.invalidate()), options);
    win.addEventListener('resize', trusted(() => this.rects.invalidate()), options);
    doc.addEventListener('keydown', trusted((e: KeyboardEvent) => this.onKeyDown(e)), { capture: true, signal: this.listening.signal });
  }

  /** The page's marks changed: measure again, and drop a card whose mention went away. */
  marksChanged(): void {
    this.rects.invalidate();
    const showing = this.showing;
    if (!showing) return;
    const fresh = this.deps.mentions().find((m) => m.id === showing.id);
    if (!fresh) this.intent.close();
    else if (fresh.range !== showing.range) void this.show(fresh.id);
  }

  /** The marks registered near the viewport changed: measure again. */
  windowChanged(): void {
    this.rects.invalidate();
  }

  /** The next or previous mention: scrolled to, flashed, and its card opened with focus in it. */
  step(step: Step): void {
    const target = stepFrom(this.deps.mentions(), this.showing?.id ?? this.lastStepped, step);
    if (!target) return;
    this.lastStepped = target.id;
    const { win } = this.deps;
    // A mention more than a screen away is jumped to: gliding past thousands of pixels helps no
    // one, and Firefox drops a long smooth scroll when the card takes focus.
    const { top } = target.range.getBoundingClientRect();
    const far = top < -win.innerHeight || top > 2 * win.innerHeight;
    target.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: far || this.reducedMotion() ? 'instant' : 'smooth',
    });
    this.deps.flash.show(target.range);
    if (!this.cardHasFocus()) this.focusBefore = win.document.activeElement;
    this.focusOnShow = true;
    this.intent.openNow(target.id);
  }

  destroy(): void {
    this.listening.abort();
    this.intent.close();
    if (this.frame) this.deps.win.cancelAnimationFrame(this.frame);
    this.deps.flash.clear();
    this.part?.remove();
    this.part = null;
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const onCard = this.part?.isUnder(e) ?? false;
    this.pointer = { x: e.clientX, y: e.clientY, onCard };
    if (this.frame) return;
    this.frame = this.deps.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  }

  private onTap(e: PointerEvent): void {
    if (this.deps.ui.holds(e)) return;
    const hit = this.rects.at(e.clientX, e.clientY);
    if (hit) this.intent.openNow(hit.id);
    else this.intent.close();
  }

  private track(): void {
    const p = this.pointer;
    if (!p) return;
    if (p.onCard) return this.intent.pointerOnCard();
    const hit = this.rects.at(p.x, p.y);
    if (hit) this.intent.pointerOnMention(hit.id);
    else this.onPointerGone();
  }

  private onPointerGone(): void {
    // A card the reader is working in with the keyboard stays until Escape or the close button.
    if (!this.cardHasFocus()) this.intent.pointerElsewhere();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || this.intent.current === null) return;
    // The card's open menu takes this Escape: it closes the menu only.
    if (this.cardHasFocus() && this.card?.hasAttribute('data-menu-open')) return;
    if (this.cardHasFocus()) e.stopPropagation();
    this.intent.close();
  }

  private async show(id: string): Promise<void> {
    const mention = this.deps.mentions().find((m) => m.id === id);
    // The page may have rewritten the text under a mark since the last scan: no card over other words.
    if (!mention || !holdsMentionText(mention)) return this.intent.close();
    const view = (this.view = await loadPageUi());
    const post = await this.deps.explain(mention);
    if (this.intent.current !== id) return;
    if (!post || !holdsMentionText(mention)) return this.intent.close();
    this.stopFollowing?.();
    this.showing = mention;
    this.part ??= this.deps.ui.with(view).part('card', view.CARD_STYLES);
    this.part.attach();
    const { win } = this.deps;
    const theme = view.themeBehind(mention.range.startContainer.parentElement, win);
    // Each menu action closes the card first, so focus is back in the page before any toast.
    const thenClose = (act: (keyboard: boolean) => void) => (keyboard: boolean) => {
      this.intent.close();
      act(keyboard);
    };
    const card = (this.card = view.renderCard(this.part.mount, {
      mention,
      post,
      theme,
      actions: {
        close: () => this.intent.close(),
        more: () => this.deps.openMore(mention),
        notBackPain: thenClose((keyboard) => this.deps.notBackPain(mention, keyboard)),
        turnOffThread: thenClose((keyboard) => this.deps.turnOff('thread', keyboard)),
        turnOffSite: thenClose((keyboard) => this.deps.turnOff('site', keyboard)),
        report: thenClose((keyboard) => this.deps.report(mention, post, keyboard)),
      },
    }));
    this.stopFollowing = view.followMention(mention.range, card);
    if (this.focusOnShow) card.focus({ preventScroll: true });
    this.focusOnShow = false;
  }

  private hide(): void {
    const hadFocus = this.cardHasFocus();
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.showing = null;
    this.card = null;
    if (this.part) this.view?.clearCard(this.part.mount);
    if (hadFocus) (this.focusBefore as HTMLElement | null)?.focus?.({ preventScroll: true });
    this.focusBefore = null;
    // No card, no part: with no toast either, a page finds no element of ours.
    this.part?.remove();
    this.part = null;
  }

  private cardHasFocus(): boolean {
    return this.part?.hasFocus() ?? false;
  }

  private reducedMotion(): boolean {
    return this.deps.win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }
}

/** Whether the mention's own live Range still covers the words it was found in. */
function holdsMentionText(ref: MentionRef): boolean {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  return squash(ref.range.toString()) === squash(ref.mention.text);
}
