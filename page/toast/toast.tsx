import { render } from 'preact';
import { Toast } from '../../components/toast/Toast';
import { TOAST_STYLES } from '../../components/toast/toast-styles';
import type { UiHost } from '../ui-host';

/** How long a toast stays while the pointer and focus are elsewhere. */
export const TOAST_MS = 8000;

export interface ToastOptions {
  message: string;
  /** Undone after the toast has closed, so focus is back where it was first. */
  undo?: { label: string; run(): void };
  copyable?: { label: string; text: string };
  closeLabel: string;
  takeFocus: boolean;
}

export interface ToastHandle {
  close(): void;
}

let current: ToastHandle | null = null;

/**
 * Shows one toast (replacing any other) as a part of our host, fixed at the bottom of the window.
 * It leaves after TOAST_MS, held while the pointer or focus is on it, and takes its part with it:
 * with no card open either, an idle page finds no element of ours. Focus it took goes back.
 */
export function showToast(ui: UiHost, win: Window, options: ToastOptions): ToastHandle {
  current?.close();
  const doc = win.document;
  const focusBefore = doc.activeElement as HTMLElement | null;
  const part = ui.part('toast', TOAST_STYLES);
  const held = { pointer: false, focus: false };
  let timer = 0;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    win.clearTimeout(timer);
    const hadFocus = part.hasFocus();
    render(null, part.mount);
    part.remove();
    if (hadFocus) focusBefore?.focus?.({ preventScroll: true });
    if (current === handle) current = null;
  };
  const schedule = () => {
    win.clearTimeout(timer);
    if (!held.pointer && !held.focus) timer = win.setTimeout(close, TOAST_MS);
  };
  const hold = (what: keyof typeof held, on: boolean) => (e: Event) => {
    if (!e.isTrusted) return;
    held[what] = on;
    schedule();
  };
  part.mount.addEventListener('pointerenter', hold('pointer', true));
  part.mount.addEventListener('pointerleave', hold('pointer', false));
  part.mount.addEventListener('focusin', hold('focus', true));
  part.mount.addEventListener('focusout', (e) => {
    if (!part.mount.contains(e.relatedTarget as Node | null)) hold('focus', false)(e);
  });

  const handle: ToastHandle = { close };
  current = handle;
  const undo = options.undo;
  render(
    <Toast
      message={options.message}
      theme={win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}
      undo={undo && { label: undo.label, run: () => (close(), undo.run()) }}
      copyable={options.copyable}
      close={{ label: options.closeLabel, run: close }}
      takeFocus={options.takeFocus}
    />,
    part.mount,
  );
  schedule();
  return handle;
}
