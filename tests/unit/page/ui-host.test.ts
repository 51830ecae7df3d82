// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createUiHost, HOST_ATTRIBUTE, type UiHost, type UiPart } from '../../../page/ui-host';

const hosts = () => document.querySelectorAll(`[${HOST_ATTRIBUTE}]`);

describe('our one host in the page', () => {
  let shown: UiPart[] = [];
  /** A host whose parts are all taken away after the test, as the card and the toasts do. */
  const tracked = (): UiHost => {
    const ui = createUiHost(document);
    return {
      ...ui,
      part(name, styles) {
        const part = ui.part(name, styles);
        shown.push(part);
        return part;
      },
    };
  };
  afterEach(() => {
    for (const part of shown) part.remove();
    shown = [];
    document.body.innerHTML = '';
  });

  it('holds the card and a toast in one element, there until the last of them leaves', () => {
    const ui = tracked();
    expect(hosts()).toHaveLength(0);
    const card = ui.part('card', '.card {}');
    const toast = ui.part('toast', '.toast {}');
    expect(hosts()).toHaveLength(1);
    card.remove();
    expect(hosts()).toHaveLength(1);
    toast.remove();
    expect(hosts()).toHaveLength(0);
    ui.part('toast', '.toast {}');
    expect(hosts()).toHaveLength(1);
  });

  it('keeps the parts from the page: a closed host, nothing of theirs in the page document', () => {
    const ui = tracked();
    const card = ui.part('card', '.card {}');
    card.mount.append(Object.assign(document.createElement('button'), { textContent: 'Close' }));
    const host = hosts()[0] as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.contains(card.mount)).toBe(false);
  });

  it('tells which part has focus', () => {
    const ui = tracked();
    const card = ui.part('card', '');
    const toast = ui.part('toast', '');
    const button = toast.mount.appendChild(document.createElement('button'));
    button.focus();
    expect(toast.hasFocus()).toBe(true);
    expect(card.hasFocus()).toBe(false);
  });

  it('is appended again when the page removes it while a part shows', async () => {
    const ui = tracked();
    ui.part('card', '');
    hosts()[0]!.remove();
    await new Promise((done) => setTimeout(done, 0));
    expect(hosts()).toHaveLength(1);
  });
});
