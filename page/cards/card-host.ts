export interface CardHost {
  readonly element: HTMLElement;
  /** Where the card renders, inside the shadow root. */
  readonly mount: HTMLElement;
  /** Before a card shows: back in the page if it was removed, with a fresh re-append budget. */
  attach(): void;
  destroy(): void;
}

/**
 * Re-appends allowed between two cards. A page whose own observer removes whatever it did not
 * render would otherwise trade removals with ours in microtasks and never get its thread back.
 */
const REATTACH_BUDGET = 3;

/** Input events the card acts on, or that lead to one. */
const UNTRUSTED_STOPPED = ['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'input', 'change', 'submit'];

/** Marks our host element: the text reader skips it, and a later copy of this script finds it. */
export const HOST_ATTRIBUTE = 'data-backlight-host';

/**
 * Removes hosts an earlier copy of this script left: Firefox stops a content script without
 * warning when it unloads the extension (an update, say), then injects the new one into open tabs.
 */
export function removeStaleCardHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
}

/**
 * Our one element in the page: a shadow-root host appended to <html>, holding all our styles.
 * A custom tag name keeps it clear of the page's `div`/`span` rules; if the page removes it
 * (some apps re-render their whole document), it is appended again, a few times. `styles` come
 * with the lazily loaded card UI, so the content script does not carry them. The undo toast has
 * a host of its own (`tag` backlight-toast), made the same way, there only while it shows.
 */
export function createCardHost(doc: Document, styles: string, tag = 'backlight-card'): CardHost {
  const element = doc.createElement(tag);
  element.setAttribute(HOST_ATTRIBUTE, '');
  // Closed: the page can neither read the card (what the reader's back-pain mention says) nor reach
  // its buttons. Assistive tools read it through the accessibility tree, which closed roots are in.
  const shadow = element.attachShadow({ mode: 'closed' });
  // Made-up events (a page's dispatchEvent, `click()`) never reach the card's controls.
  for (const type of UNTRUSTED_STOPPED) {
    shadow.addEventListener(type, (e) => void (e.isTrusted || e.stopImmediatePropagation()), { capture: true });
  }
  const style = doc.createElement('style');
  style.textContent = styles;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  const parent = doc.documentElement;
  parent.append(element);

  let budget = REATTACH_BUDGET;
  const observer = new MutationObserver(() => {
    if (element.isConnected || budget === 0) return;
    budget -= 1;
    doc.documentElement.append(element);
  });
  observer.observe(parent, { childList: true });

  return {
    element,
    mount,
    attach() {
      budget = REATTACH_BUDGET;
      if (!element.isConnected) doc.documentElement.append(element);
    },
    destroy() {
      observer.disconnect();
      element.remove();
    },
  };
}
