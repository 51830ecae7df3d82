/** Which post a warning sign is in: its author where the site names one, else where the post stands. */
export type PostWhose = { author: string } | 'this' | 'first' | 'reply';
