import { hostReset } from '../shared/shadow-host-styles';

/** The toast's stylesheet, inside its own shadow root; reset like the card's (card-styles.ts). */
export const TOAST_STYLES = `${hostReset('  inset: auto 0 0 0 !important;\n  height: 0 !important;')}
.toast {
  --bg: #2b2733; --fg: #f4f1f8; --accent: #c79af0; --line: #4a4454;
  position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%);
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px;
  width: max-content; max-width: calc(100vw - 16px);
  padding: 10px 12px 10px 14px;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; direction: ltr;
  pointer-events: auto;
}
.toast[data-theme="dark"] { --bg: #f4f1f8; --fg: #1d1b22; --accent: #6a2fa6; --line: #d9d3e3; }
.message { flex: 1 1 220px; max-width: 420px; }
.copyable {
  flex: 1 1 100%; width: min(460px, calc(100vw - 48px));
  font: 400 12px/1.4 ui-monospace, monospace; color: #1d1b22; background: #ffffff;
  border: 1px solid var(--line); border-radius: 6px; padding: 6px;
}
.toast-actions { display: flex; gap: 6px; margin-left: auto; }
button {
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: transparent;
  border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; cursor: pointer;
}
button.primary { color: var(--accent); border-color: var(--accent); }
.toast-close { font-size: 16px; line-height: 1; padding: 4px 8px; border-color: transparent; }
button:focus-visible, .copyable:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
