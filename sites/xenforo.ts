import { selectorAdapter } from './selector-adapter';

// XenForo 2 (`<html id="XF" data-app="public">`): posts are `article.message`, the words in
// `.message-body .bbWrapper`; signatures are `.message-signature .bbWrapper`, so the body
// selector must stay scoped. Quotes are `blockquote.bbCodeBlock--quote`. XenForo 1
// (`<html id="XenForo">`) used `.messageText` and `.bbCodeQuote`.
const TITLE = '.p-title-value';
const BODY = '.message-body .bbWrapper';

export const xenforo = selectorAdapter({
  id: 'xenforo',
  name: 'XenForo forum',
  posts: [TITLE, BODY, '.messageText'].join(', '),
  title: { title: TITLE, body: BODY },
  ignoreWithin: '.bbCodeBlock--quote, .bbCodeBlock--code, .bbCodeQuote, .bbCodeCode',
  detect: (doc) => ['XF', 'XenForo'].includes(doc.documentElement.id),
  label: { container: 'article.message, li.message', author: '.message-name, .username' },
});
