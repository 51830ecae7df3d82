import { selectorAdapter } from './selector-adapter';

// Fetcheveryone forum threads (`/forum__<id>__<slug>`): a server-rendered list of posts, each a
// `.forumpost` with the poster's name in `.forumpost-author` and the words in
// `.forumpost-text`; quotes are `.quote` blocks inside the text, sigs a separate
// `.forumpost-sig`. No public scraper documents this markup (only the URL form is confirmed, see
// SELECTORS-CHECKED.md), so these class names are our best model of the page; if they miss,
// `pickAdapter` falls back to the generic adapter.
export const fetcheveryone = selectorAdapter({
  id: 'fetcheveryone',
  name: 'Fetcheveryone',
  hosts: ['www.fetcheveryone.com', 'fetcheveryone.com'],
  posts: '.forumpost .forumpost-text',
  ignoreWithin: '.quote, blockquote',
  label: { container: '.forumpost', author: '.forumpost-author a' },
});
