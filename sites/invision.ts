import { selectorAdapter } from './selector-adapter';

// Invision Community (IPS 4 and 5): `<body class="ipsApp" data-pageapp="forums">`, each post
// an `article.ipsComment` whose words are `[data-role="commentContent"]` (class
// `ipsType_richText`, `ipsRichText` in v5). The member signature is also rich text but sits in
// `[data-role="memberSignature"]`, so only `commentContent` is taken. Quotes are
// `blockquote.ipsQuote`.
const TITLE = '.ipsType_pageTitle';
const BODY = '[data-role="commentContent"]';

export const invision = selectorAdapter({
  id: 'invision',
  name: 'Invision Community forum',
  posts: `${TITLE}, ${BODY}`,
  title: { title: TITLE, body: BODY },
  ignoreWithin: 'blockquote.ipsQuote, .ipsCode, pre',
  detect: (doc) => doc.querySelector('body.ipsApp, body[data-pageapp]') !== null,
  label: { container: 'article.ipsComment, article', author: '.cAuthorPane_author, [itemprop="name"]' },
});
