// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showToast, TOAST_MS } from '../../../page/toast/toast';

const hosts = () => document.querySelectorAll('backlight-toast').length;

describe('the undo toast', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('shows in a host of its own and takes the host away when it leaves, after TOAST_MS', async () => {
    showToast(window, { message: 'Mark hidden.', undo: { label: 'Undo', run() {} }, closeLabel: 'Close', takeFocus: false });
    expect(hosts()).toBe(1);
    await vi.advanceTimersByTimeAsync(TOAST_MS - 100);
    expect(hosts()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(hosts()).toBe(0);
  });

  it('leaves focus where it was unless asked, and one toast replaces another', () => {
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    showToast(window, { message: 'One.', closeLabel: 'Close', takeFocus: false });
    showToast(window, { message: 'Two.', closeLabel: 'Close', takeFocus: false });
    expect(hosts()).toBe(1);
    expect(document.activeElement).toBe(field);
  });
});
