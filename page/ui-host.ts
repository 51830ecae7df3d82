/**
 * Our one element in the page: a shadow-root host appended to <html>, there only while a part of
 * our UI (the card, an undo toast) shows. Each part has a closed root of its own inside the host's,
 * so the card's and the toast's stylesheets never meet.
 */
export interface UiHost {
  /** A new part named `name` with its styles; appends the host if no other part is showing. */
  part(name: string, styles: string): UiPart;
  /** Whether the event happened on our UI, any part of it. */
  holds(e: Event): boolean;
}

export interface UiPart {
  /** Where the part renders, inside its closed root. */
  readonly mount: HTMLElement;
  /** Back in the page if the page removed the host, with a fresh re-append budget. */
  attach(): void;
  hasFocus(): boolean;
  /** Whether the pointer of `e` is over this part (not another one). */
  isUnder(e: MouseEvent): boolean;
  /** Takes the part away; the host leaves with the last one. */
  remove(): void;
}

/**
 * Re-appends allowed between two parts. A page whose own observer removes whatever it did not
 * render would otherwise trade removals with ours in microtasks and never get its thread back.
 */
const REATTACH_BUDGET = 3;

/** Input events our controls act on, or that lead to them. */
const UNTRUSTED_STOPPED = ['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'input', 'change', 'submit'];

/** Marks our host element: the text reader skips it, and a later copy of this script finds it. */
export const HOST_ATTRIBUTE = 'data-backlight-host';

/**
 * The host itself is a fixed, empty point: each part places itself (its own `:host` rule). `all:
 * initial` keeps the page's rules off it, and `transform`/`contain` at none keep the parts' fixed
 * positions relative to the window.
 */
const HOST_STYLES = `:host {
  all: initial !important; display: block !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; contain: none !important;
}`;

/**
 * Removes hosts an earlier copy of this script left: Firefox stops a content script without
 * warning when it unloads the extension (an update, say), then injects the new one into open tabs.
 */
export function removeStaleHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
}

interface Shown {
  element: HTMLElement;
  shadow: ShadowRoot;
  observer: MutationObserver;
}

/**
 * A custom tag name keeps the host clear of the page's `div`/`span` rules; if the page removes it
 * (some apps re-render their whole document), it is appended again, a few times.
 */
export function createUiHost(doc: Document): UiHost {
  const parts = new Set<UiPart>();
  let shown: Shown | null = null;
  let budget = REATTACH_BUDGET;

  const append = (): Shown => {
    const element = doc.createElement('backlight-ui');
    element.setAttribute(HOST_ATTRIBUTE, '');
    // Closed: the page can neither read the card (what the reader's back-pain mention says) nor reach
    // its buttons. Assistive tools read it through the accessibility tree, which closed roots are in.
    const shadow = element.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_STYLES;
    shadow.append(style);
    doc.documentElement.append(element);
    budget = REATTACH_BUDGET;
    const observer = new MutationObserver(() => {
      if (element.isConnected || budget === 0) return;
      budget -= 1;
      doc.documentElement.append(element);
    });
    observer.observe(doc.documentElement, { childList: true });
    return { element, shadow, observer };
  };

  return {
    part(name, styles) {
      const host = (shown ??= append());
      const box = doc.createElement('div');
      box.setAttribute('data-part', name);
      const root = box.attachShadow({ mode: 'closed' });
      // Made-up events (a page's dispatchEvent, `click()`) never reach our controls.
      for (const type of UNTRUSTED_STOPPED) {
        root.addEventListener(type, (e) => void (e.isTrusted || e.stopImmediatePropagation()), { capture: true });
      }
      const style = doc.createElement('style');
      style.textContent = styles;
      const mount = doc.createElement('div');
      root.append(style, mount);
      host.shadow.append(box);
      const part: UiPart = {
        mount,
        attach() {
          budget = REATTACH_BUDGET;
          if (!host.element.isConnected) doc.documentElement.append(host.element);
        },
        hasFocus: () => doc.activeElement === host.element && host.shadow.activeElement === box,
        isUnder: (e) => e.composedPath().includes(host.element) && host.shadow.elementFromPoint(e.clientX, e.clientY) === box,
        remove() {
          if (!parts.delete(part)) return;
          box.remove();
          if (parts.size > 0) return;
          host.observer.disconnect();
          host.element.remove();
          shown = null;
        },
      };
      parts.add(part);
      return part;
    },
    holds: (e) => shown !== null && e.composedPath().includes(shown.element),
  };
}
