// A word token's text as the lexicon spells it: lower case, apostrophes dropped ("Don't" → "dont").
// For the few rules that test words near one match, where building a string costs nothing that matters.
import type { TokenStream } from './tokenize';

export function tokenWord(stream: TokenStream, t: number): string {
  return stream.text.slice(stream.starts[t]!, stream.ends[t]!).toLowerCase().replace(/['’]/g, '');
}
