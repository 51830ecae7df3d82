import { selectorAdapter } from './selector-adapter';
import { generatorIs } from './generator';

// Discourse (also forum.intervals.icu). The app renders each post as
// `article[data-post-id] .cooked`; the server-rendered view that saved pages, readers and
// crawlers get has `.crawler-post` blocks with the body in `.post[itemprop="text"]`. Quotes
// are `aside.quote`, link previews `aside.onebox`. Detected by the generator meta
// ("Discourse 3.x") or the app's `#data-discourse-setup`.
export const discourse = selectorAdapter({
  id: 'discourse',
  name: 'Discourse forum',
  hosts: ['forum.intervals.icu'],
  posts: [
    '#topic-title .fancy-title',
    'article[data-post-id] .cooked',
    '.crawler-post .post[itemprop="text"]',
  ].join(', '),
  ignoreWithin: 'aside.quote, aside.onebox, pre',
  detect: (doc) => generatorIs(doc, 'Discourse') || doc.querySelector('#data-discourse-setup') !== null,
  label: { container: 'article[data-post-id], .crawler-post', author: '.names .username, .creator [itemprop="name"]' },
});
