/** The longest stat text worth reading: `2:41:07`, `1,234.5 km`, `NW 14 km/h` are far shorter. */
export const MAX_STAT_CHARS = 64;

/**
 * A page's stat text with every run of whitespace made one space and the ends trimmed, in one
 * pass and without a regular expression; undefined when it is still longer than `max`. Every
 * parser here reads page text through this first, so no regular expression ever sees more than
 * `max` characters of it, however the page pads its stats.
 */
export function statText(text: string, max = MAX_STAT_CHARS): string | undefined {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (isWhitespace(char.charCodeAt(0))) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
    if (out.length > max) return undefined;
  }
  return out;
}

/** What `\s` matches in a JavaScript regular expression. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
