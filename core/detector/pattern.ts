// Lexicon pattern syntax: slots separated by spaces; "a|b|c" is a choice of
// alternatives for one slot; "worn+out" is a several-word alternative; "_" is
// the empty alternative (an optional slot); "#" is any number; "/" is a slash. Each alternative is normalised the way the tokenizer reads
// text: lower case, apostrophes dropped, split at hyphens and at letter/digit
// boundaries ("800m" → "#" "m").

function normaliseAlternative(alternative: string): string[] {
  if (alternative === '_') return [];
  const words: string[] = [];
  const cleaned = alternative.toLowerCase().replace(/['’]/g, '');
  for (const part of cleaned.split('-')) {
    for (const piece of part.match(/[a-z]+|[0-9]+|#|\//g) ?? []) {
      words.push(/^[0-9]+$/.test(piece) ? '#' : piece);
    }
  }
  return words;
}

/** A pattern's slots, each a list of alternatives, each a list of words (empty for "_"). */
export function parsePattern(pattern: string): string[][][] {
  return pattern.trim().split(/\s+/).map((slot) => slot.split('|').map(normaliseAlternative));
}

/** All token sequences a pattern stands for. */
export function expandPattern(pattern: string): string[][] {
  let sequences: string[][] = [[]];
  for (const alternatives of parsePattern(pattern)) {
    const next: string[][] = [];
    for (const prefix of sequences) {
      for (const alternative of alternatives) next.push([...prefix, ...alternative]);
    }
    sequences = next;
  }
  return sequences.filter((sequence) => sequence.length > 0);
}
