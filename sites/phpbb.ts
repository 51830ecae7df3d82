import { selectorAdapter } from './selector-adapter';

// phpBB 3.x (prosilver and its derivatives): `<body id="phpbb">`, each post a `div.post` with
// the body in `.postbody .content`; signatures are a separate `.signature`, quotes
// `blockquote`, code `.codebox`. Modelled on phpBB's own prosilver templates.
export const phpbb = selectorAdapter({
  id: 'phpbb',
  name: 'phpBB forum',
  posts: 'h2.topic-title, .post .postbody .content',
  ignoreWithin: 'blockquote, .codebox',
  detect: (doc) => doc.querySelector('body#phpbb') !== null || doc.querySelector('.post .postbody .content') !== null,
  label: { container: '.post', author: '.username, .username-coloured' },
});
