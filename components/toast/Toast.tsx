import { useEffect, useRef, useState } from 'preact/hooks';

export interface ToastProps {
  message: string;
  theme: 'light' | 'dark';
  /** The Undo button, when what was done can be undone. */
  undo?: { label: string; run(): void };
  /** Text the reader copies by hand, shown selected, when the clipboard refused it. */
  copyable?: { label: string; text: string };
  close: { label: string; run(): void };
  /** Focus goes to the toast's first control (the reader acted from the keyboard, or must copy by hand). */
  takeFocus: boolean;
}

/**
 * A short notice at the bottom of the window: what was just done, and its Undo. The message is a
 * polite live region, filled once the region is in the page so screen readers announce it; the
 * buttons sit outside it, so they are not read out with it.
 */
export function Toast({ message, theme, undo, copyable, close, takeFocus }: ToastProps) {
  const [said, setSaid] = useState('');
  const first = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setSaid(message);
  }, [message]);
  useEffect(() => {
    if (copyable) {
      area.current?.focus({ preventScroll: true });
      area.current?.select();
    } else if (takeFocus) first.current?.focus({ preventScroll: true });
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close.run();
  };
  return (
    <div class="toast" data-theme={theme} onKeyDown={onKeyDown}>
      <p class="message" role="status">
        {said}
      </p>
      {copyable && (
        <textarea ref={area} class="copyable" aria-label={copyable.label} readOnly rows={6} value={copyable.text} />
      )}
      <div class="toast-actions">
        {undo && (
          <button ref={first} type="button" class="primary" onClick={undo.run}>
            {undo.label}
          </button>
        )}
        <button ref={undo ? undefined : first} type="button" class="toast-close" aria-label={close.label} onClick={close.run}>
          ×
        </button>
      </div>
    </div>
  );
}
