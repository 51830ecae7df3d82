import { selectorAdapter } from './selector-adapter';
import { generatorIs } from './generator';

// vBulletin (generator meta "vBulletin 3.8/4.2/5.x"). vB4: `li.postcontainer` with the words in
// `.postbody .postcontent`; vB3: `div[id^="post_message_"]`; vB5: `.js-post__content-text`.
// Signatures are a separate `.signature`; quotes are `.bbcode_container` / `.bbcode_quote`.
export const vbulletin = selectorAdapter({
  id: 'vbulletin',
  name: 'vBulletin forum',
  posts: '.postbody .postcontent, div[id^="post_message_"], .js-post__content-text',
  ignoreWithin: '.bbcode_container, .bbcode_quote, .quote_container',
  detect: (doc) => generatorIs(doc, 'vBulletin'),
  label: { container: 'li.postcontainer, .b-post, table[id^="post"]', author: '.username, .bigusername, .author' },
});
