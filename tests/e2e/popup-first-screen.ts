// In the popup (serialised into it, so self-contained): what shows in its first screen.

/** The height of the popup at its tallest: Chromium caps a popup at 600 px, Firefox too. */
export const POPUP_HEIGHT = 600;

export interface FirstScreen {
  scrollY: number;
  /** Bottom edges, from the top of the popup, in px; null for what the view lacks. */
  summary: number | null;
  redFlags: number | null;
  /** The factors shown before "Show all", each one's bottom. */
  causes: number[];
  /** The headings of the remedies shown before "more", and whether they are folded away. */
  remedyHeadings: { bottom: number; folded: boolean }[];
  /** The "If it is not an emergency" fold's own line, when what can help is folded under it. */
  emergencyFold: number | null;
  mentionsFolded: boolean;
  mentionCount: number;
}

export function readFirstScreen(): FirstScreen {
  const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom + window.scrollY : null);
  const mentions = document.querySelector<HTMLDetailsElement>('details.every-mention');
  return {
    scrollY: window.scrollY,
    summary: bottom(document.querySelector('.page-view > .summary')),
    redFlags: bottom(document.querySelector('.page-view > .red-flags')),
    causes: [...document.querySelectorAll('.page-view section > ol.causes > li')].map((li) => bottom(li)!),
    remedyHeadings: [...document.querySelectorAll('.remedies > .remedy h3')].map((h) => ({
      bottom: bottom(h)!,
      folded: !h.checkVisibility(),
    })),
    emergencyFold: bottom(document.querySelector('details.not-emergency > summary')),
    mentionsFolded: mentions !== null && !mentions.open,
    mentionCount: mentions?.querySelectorAll('li').length ?? 0,
  };
}

/** Clicks the first factor's name; returns the Library entry it names. */
export function openFirstCause(): string {
  const link = document.querySelector<HTMLAnchorElement>('ol.causes a')!;
  link.click();
  return link.hash.slice(1);
}

/** Where the Library stands after a link: the selected tab, the focused entry and its top edge in the viewport. */
export function readLibraryLanding(): { tab: string; focused: string; top: number; heading: string } {
  const focused = document.activeElement;
  return {
    tab: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '',
    focused: focused?.id ?? '',
    top: focused?.getBoundingClientRect().top ?? -1,
    heading: focused?.querySelector('h3')?.textContent ?? '',
  };
}
