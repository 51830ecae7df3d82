/**
 * `text` cut into pieces of about `size` characters, each ending at the end of a row: a line
 * break outside quotes (an even number of quotes since the piece began). The CSV parser then
 * splits one piece at a time, so a large file never makes one long task.
 */
export function* csvPieces(text: string, size = 16 * 1024): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    let quotes = countQuotes(text, start, end);
    while (end < text.length) {
      const newline = text.indexOf('\n', end);
      if (newline === -1) {
        end = text.length;
        break;
      }
      quotes += countQuotes(text, end, newline);
      end = newline + 1;
      if (quotes % 2 === 0) break;
    }
    yield text.slice(start, end);
    start = end;
  }
}

function countQuotes(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) count++;
  return count;
}
