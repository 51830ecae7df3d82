import { hostReset } from '../shared/shadow-host-styles';

/**
 * The card's whole stylesheet, used inside our shadow root only. Sizes are in px so the page's
 * root font size can't scale the card; its host is reset as `hostReset` says.
 */
export const CARD_STYLES = `${hostReset('  inset: 0 auto auto 0 !important;\n  width: 0 !important;\n  height: 0 !important;')}
.card {
  --bg: #ffffff; --fg: #1d1b22; --muted: #5d5868; --line: #e3dfea; --accent: #7a3db8;
  --button: #f3eff8; --button-fg: #3b1d5c; --band: #e9e4f0; --lit: #a35bd6;
  --emergency-bg: #fde8e8; --emergency-fg: #8a1010; --urgent-bg: #fff2d6; --urgent-fg: #6b4500;
  --soon-bg: #e6effc; --soon-fg: #123d73;
  position: fixed; top: 0; left: 0;
  display: flex; flex-direction: column;
  width: 340px; max-width: calc(100vw - 16px);
  max-height: min(600px, calc(100vh - 16px));
  padding: 12px 14px;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; direction: ltr; letter-spacing: normal; text-transform: none;
  pointer-events: auto;
}
.card[data-theme="dark"] {
  --bg: #1f1d24; --fg: #ece9f2; --muted: #b1abbd; --line: #3a3642; --accent: #c79af0;
  --button: #2e2a36; --button-fg: #ece9f2; --band: #3a3642; --lit: #c79af0;
  --emergency-bg: #4a1414; --emergency-fg: #ffd9d9; --urgent-bg: #40320f; --urgent-fg: #ffe7b0;
  --soon-bg: #14243d; --soon-fg: #d3e3ff;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5);
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: bl-appear 120ms ease-out; }
  @keyframes bl-appear { from { opacity: 0; transform: translateY(2px); } }
}
.card:focus { outline: none; }
.shortcuts { flex: none; margin-top: 6px; font-size: 11px; color: var(--muted); }
/* A narrow window's card: a sheet across the whole width, docked to its top or bottom edge (page/cards/position.ts). */
.card[data-layout^="sheet"] { width: 100vw; max-width: 100vw; border-left: 0; border-right: 0; }
.card[data-layout="sheet-bottom"] { border-radius: 12px 12px 0 0; border-bottom: 0; }
.card[data-layout="sheet-top"] { border-radius: 0 0 12px 12px; border-top: 0; }
.body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; }
.head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.title { font-size: 15px; font-weight: 650; line-height: 1.3; }
h3 { font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 10px 0 4px; }
p, li, span { font-size: 13px; }
ul { list-style: none; display: grid; gap: 6px; }
li { display: block; }
.item-title { font-weight: 600; }
.muted { color: var(--muted); display: block; }
.quote { display: block; font-style: italic; color: var(--muted); }
.grade { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; background: var(--button); color: var(--button-fg); }
.flag { padding: 8px 10px; border-radius: 8px; margin-bottom: 8px; }
.flag-emergency { background: var(--emergency-bg); color: var(--emergency-fg); }
.flag-same-day { background: var(--urgent-bg); color: var(--urgent-fg); }
.flag-soon { background: var(--soon-bg); color: var(--soon-fg); }
.flag-tier { font-weight: 700; font-size: 14px; }
.flag-action summary { cursor: pointer; }
.flag-action p { margin: 4px 0 0; }
.region { display: flex; gap: 10px; align-items: center; }
.region-label { font-weight: 600; font-size: 14px; }
.diagram { flex: none; display: block; }
.diagram .body { fill: var(--band); opacity: 0.5; }
.diagram .band { fill: var(--band); }
.diagram .band.lit { fill: var(--lit); }
.diagram .spine { stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 2 2; }
.actions { flex: none; display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; padding-top: 10px; border-top: 1px solid var(--line); position: relative; }
.menu-wrap { margin-left: auto; }
.menu-button { font-size: 16px; line-height: 1; padding: 3px 10px; }
.menu {
  position: absolute; right: 0; bottom: calc(100% + 4px);
  display: grid; gap: 2px; min-width: 220px; padding: 4px;
  background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
}
.menu[hidden] { display: none; }
.menu button { width: 100%; text-align: left; background: transparent; border-color: transparent; }
.menu button:hover, .menu button:focus { background: var(--button); }
button {
  font: 500 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--button-fg); background: var(--button);
  border: 1px solid var(--line); border-radius: 6px; padding: 6px 9px; cursor: pointer;
}
button.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); }
button:focus-visible, .body:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { font-size: 18px; line-height: 1; padding: 2px 8px; background: transparent; border-color: transparent; color: var(--fg); }
.status:empty { display: none; }
.status { margin-top: 8px; color: var(--muted); }
`;
