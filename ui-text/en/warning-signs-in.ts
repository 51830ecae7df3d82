import type { PostWhose } from '../post-whose';

const POST: Record<Exclude<PostWhose, { author: string }>, string> = { this: 'this post', first: 'the first post', reply: 'a reply' };

/** "Warning signs in u/lena’s post: ‘both my legs went numb’", the card's and the popup's alike. */
export function warningSignsIn(whose: PostWhose, quotes: readonly string[]): string {
  const post = typeof whose === 'string' ? POST[whose] : `${whose.author}’s post`;
  return `Warning signs in ${post}: ${quotes.map((q) => `‘${q}’`).join(', ')}`;
}

/** The tier's routing line, said once under the posts' warning signs. */
export const ifThisIsYou = (routing: string) => `If this is you: ${routing}`;
