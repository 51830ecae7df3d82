/**
 * How mentions are marked. The colours are from the Okabe–Ito palette, which stays distinct
 * under the common colour-vision deficiencies; the underline is wavy so a mark never relies on
 * colour alone.
 */
export const HIGHLIGHT_MODES = ['underline', 'background'] as const;
export type HighlightMode = (typeof HIGHLIGHT_MODES)[number];

export const HIGHLIGHT_COLOURS = {
  purple: '#cc79a7',
  blue: '#0072b2',
  orange: '#e69f00',
  vermillion: '#d55e00',
} as const;
export type HighlightColour = keyof typeof HIGHLIGHT_COLOURS;
export const HIGHLIGHT_COLOUR_IDS = Object.keys(HIGHLIGHT_COLOURS) as HighlightColour[];

export interface HighlightStyle {
  mode: HighlightMode;
  colour: HighlightColour;
}

/** The marks' look out of the box: `public/content-script.css` draws it. */
export const DEFAULT_HIGHLIGHT: Readonly<HighlightStyle> = Object.freeze({ mode: 'underline', colour: 'purple' });

/** The page stylesheet rule for a highlight name, e.g. `backlight-active`. */
export function highlightRule(name: string, style: HighlightStyle): string {
  const colour = HIGHLIGHT_COLOURS[style.colour];
  const body =
    style.mode === 'underline'
      ? `text-decoration: underline wavy ${colour}; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: color-mix(in srgb, ${colour} 12%, transparent);`
      : `text-decoration: none; background-color: color-mix(in srgb, ${colour} 30%, transparent);`;
  return `::highlight(${name}) { ${body} }`;
}

/**
 * What the page's adopted stylesheet must add for the reader's style: nothing for the default.
 * The browser takes the extension's own CSS out when it unloads the extension, and Firefox does
 * that without telling the content script, so default marks then vanish with it.
 */
export function highlightOverride(name: string, style: HighlightStyle): string {
  const isDefault = style.mode === DEFAULT_HIGHLIGHT.mode && style.colour === DEFAULT_HIGHLIGHT.colour;
  return isDefault ? '' : highlightRule(name, style);
}
