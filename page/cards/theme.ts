export type CardTheme = 'light' | 'dark';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses the `rgb()`/`rgba()` strings that getComputedStyle returns; null for anything else. */
export function parseRgb(color: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The card's theme from the backgrounds behind a mention, innermost first: the first opaque
 * enough one decides; when all are transparent the OS preference does.
 */
export function themeFor(backgrounds: readonly string[], osPrefersDark: boolean): CardTheme {
  for (const bg of backgrounds) {
    const color = parseRgb(bg);
    if (color && color.a >= 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  return osPrefersDark ? 'dark' : 'light';
}

/** The card's theme for a mention in `el`: the page's backgrounds behind it, else the OS preference. */
export function themeBehind(el: Element | null, win: Window): CardTheme {
  return themeFor(backgroundsBehind(el, win), win.matchMedia('(prefers-color-scheme: dark)').matches);
}

/** The computed backgrounds of `el` and its ancestors (through shadow hosts), innermost first. */
export function backgroundsBehind(el: Element | null, win: Window): string[] {
  const colors: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement ?? hostOf(node)) {
    colors.push(win.getComputedStyle(node).backgroundColor);
  }
  return colors;
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}
