/** The longest stat text worth reading: `2:41:07`, `1,234.5 km`, `NW 14 km/h` are far shorter. */
export const MAX_STAT_CHARS = 64;

/**
 * A page's stat text with every run of whitespace made one space and the ends trimmed, in one
 * pass and without a regular expression; undefined when it is still longer than `max`. Every
 * parser here reads page text through this first, so no regular expression ever sees more than
 * `max` characters of it, however the page pads its stats.
 */
export function statText(text: string, max = MAX_STAT_CHARS): string | undefined {
  // Native trim drops what `\s` matches at the ends; the loop only walks what is left.
  const trimmed = text.trim();
  let out = '';
  let runStart = 0;
  let inSpace = false;
  for (let i = 0; i < trimmed.length; i++) {
    const space = isWhitespace(trimmed.charCodeAt(i));
    if (space && !inSpace) {
      out += trimmed.slice(runStart, i);
      if (out.length > max) return undefined;
      inSpace = true;
    } else if (!space && inSpace) {
      out += ' ';
      runStart = i;
      inSpace = false;
    }
  }
  out += trimmed.slice(runStart);
  return out.length > max ? undefined : out;
}

/** What `\s` matches in a JavaScript regular expression, as a table (one lookup per character). */
const WHITESPACE = (() => {
  const table = new Uint8Array(0xfeff + 1);
  const codes = [0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
  for (let c = 0x09; c <= 0x0d; c++) codes.push(c);
  for (let c = 0x2000; c <= 0x200a; c++) codes.push(c);
  for (const c of codes) table[c] = 1;
  return table;
})();

function isWhitespace(code: number): boolean {
  return WHITESPACE[code] === 1;
}
