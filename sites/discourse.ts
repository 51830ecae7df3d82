import { selectorAdapter } from './selector-adapter';
import { generatorIs } from './generator';

// Discourse (also forum.intervals.icu). The app renders each post as
// `article[data-post-id] .cooked`; the server-rendered view that saved pages, readers and
// crawlers get has `.crawler-post` blocks with the body in `.post[itemprop="text"]`. Quotes
// are `aside.quote`, link previews `aside.onebox`. Detected by the generator meta
// ("Discourse 3.x") or the app's `#data-discourse-setup`.
const TITLE = '#topic-title .fancy-title';

export const discourse = selectorAdapter({
  id: 'discourse',
  name: 'Discourse forum',
  hosts: ['forum.intervals.icu'],
  posts: [
    TITLE,
    'article[data-post-id] .cooked',
    '.crawler-post .post[itemprop="text"]',
  ].join(', '),
  // The topic's title is the opening post's (`#post_1`); a stream loaded further on has none.
  title: { title: TITLE, body: 'article#post_1 .cooked' },
  ignoreWithin: 'aside.quote, aside.onebox, pre',
  detect: (doc) => generatorIs(doc, 'Discourse') || doc.querySelector('#data-discourse-setup') !== null,
  label: { container: 'article[data-post-id], .crawler-post', author: '.names .username, .creator [itemprop="name"]' },
});
