// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showToast, TOAST_MS } from '../../../page/toast/toast';
import { createUiHost, HOST_ATTRIBUTE } from '../../../page/ui-host';

const hosts = () => document.querySelectorAll(`[${HOST_ATTRIBUTE}]`).length;

describe('the undo toast', () => {
  let ui = createUiHost(document);
  beforeEach(() => {
    vi.useFakeTimers();
    ui = createUiHost(document);
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
    for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
  });

  it('shows in our host and takes the host away when it leaves, after TOAST_MS', async () => {
    showToast(ui, window, { message: 'Mark hidden.', undo: { label: 'Undo', run() {} }, closeLabel: 'Close', takeFocus: false });
    expect(hosts()).toBe(1);
    await vi.advanceTimersByTimeAsync(TOAST_MS - 100);
    expect(hosts()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(hosts()).toBe(0);
  });

  it('leaves focus where it was unless asked, and one toast replaces another', () => {
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    showToast(ui, window, { message: 'One.', closeLabel: 'Close', takeFocus: false });
    showToast(ui, window, { message: 'Two.', closeLabel: 'Close', takeFocus: false });
    expect(hosts()).toBe(1);
    expect(document.activeElement).toBe(field);
  });
});
