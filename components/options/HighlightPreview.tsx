import { HIGHLIGHT_COLOURS, type HighlightStyle } from '../../extension/highlight-style';

/** A sample sentence marked the way pages will be, so the choice is seen, not guessed. */
export function HighlightPreview({ style, sample }: { style: HighlightStyle; sample: string }) {
  const colour = HIGHLIGHT_COLOURS[style.colour];
  const css =
    style.mode === 'underline'
      ? { textDecoration: `underline wavy ${colour}`, textDecorationThickness: '2px', textUnderlineOffset: '3px' }
      : { backgroundColor: `color-mix(in srgb, ${colour} 30%, transparent)` };
  return (
    <p class="preview" aria-hidden="true">
      <span style={css}>{sample}</span>
    </p>
  );
}
