import { selectorAdapter } from './selector-adapter';

// phpBB 3.x (prosilver and its derivatives): `<body id="phpbb">`, each post a `div.post` with
// the body in `.postbody .content`; signatures are a separate `.signature`, quotes
// `blockquote`, code `.codebox`. Modelled on phpBB's own prosilver templates.
const TITLE = 'h2.topic-title';
const BODY = '.post .postbody .content';

export const phpbb = selectorAdapter({
  id: 'phpbb',
  name: 'phpBB forum',
  posts: `${TITLE}, ${BODY}`,
  title: { title: TITLE, body: BODY },
  ignoreWithin: 'blockquote, .codebox',
  detect: (doc) => doc.querySelector('body#phpbb') !== null || doc.querySelector(BODY) !== null,
  label: { container: '.post', author: '.username, .username-coloured' },
});
