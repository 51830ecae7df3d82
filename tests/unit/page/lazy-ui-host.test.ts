// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LazyUiHost } from '../../../page/lazy-ui-host';
import type { PageUi } from '../../../page/page-ui';
import { createUiHost, HOST_ATTRIBUTE } from '../../../page/ui-host';

/** Whether `lazy` holds a click dispatched on `target`, asked while it is dispatched (as the card controller does). */
function holdsClickOn(lazy: LazyUiHost, target: EventTarget): boolean {
  let held: boolean | undefined;
  const listener = (e: Event) => void (held = lazy.holds(e));
  document.addEventListener('click', listener, { capture: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  document.removeEventListener('click', listener, { capture: true });
  if (held === undefined) throw new Error('the click never reached the document');
  return held;
}

/** The loaded page UI, as far as the host goes: the real createUiHost, its calls counted. */
function loadedUi() {
  const made: Document[] = [];
  const view = { createUiHost: (doc: Document) => (made.push(doc), createUiHost(doc)) } as unknown as PageUi;
  return { view, made };
}

describe('the host the content script holds before the page UI loads', () => {
  it('holds no event and puts nothing in the page until a part shows', () => {
    const lazy = new LazyUiHost(document);
    expect(holdsClickOn(lazy, document.body)).toBe(false);
    expect(document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('makes one host with the loaded page UI, shared by every later part, and then knows its events', () => {
    const lazy = new LazyUiHost(document);
    const { view, made } = loadedUi();
    const card = lazy.with(view).part('card', '');
    const toast = lazy.with(view).part('toast', '');
    expect(made).toEqual([document]);
    expect(document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)).toHaveLength(1);

    expect(holdsClickOn(lazy, card.mount)).toBe(true);
    expect(holdsClickOn(lazy, document.body)).toBe(false);
    card.remove();
    toast.remove();
  });
});
