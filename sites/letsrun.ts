import { selectorAdapter } from './selector-adapter';

// LetsRun message board threads (`/forum/flat_read.php?thread=…`, `/forum/threads/…`), in two
// generations of markup. The older one, modelled on the thread markup read by public clients
// (williamreed's LetsRun Android app, the "JRT" userscript): the subject is `.subject_line`,
// replies are `ul.thread > li`, each with `.author`, `.timestamp` and the body in `.post_text`.
// The Tailwind/Livewire board (a page saved in 2022): `<body class="forum-page">` with the subject
// its only `h1`, replies `li.forum-post-container` numbered in the thread by `#post-<n>`, the author
// the `.dbr-username-dropdown` button, the body `.post-body .body-text` (editor previews reuse
// `.post-body`, not `.body-text`). Quotes of earlier replies are `blockquote`s in the old body,
// inline text in the new one. The subject is read with the thread's first reply.
const TITLE = '.subject_line h1, body.forum-page h1';
const BODY = 'ul.thread .post_text, li.forum-post-container .post-body .body-text';

export const letsrun = selectorAdapter({
  id: 'letsrun',
  name: 'LetsRun',
  hosts: ['www.letsrun.com', 'letsrun.com'],
  posts: `${TITLE}, ${BODY}`,
  title: { title: TITLE, body: 'ul.thread > li.first .post_text, #post-1 .post-body .body-text' },
  ignoreWithin: 'blockquote',
  label: { container: 'ul.thread > li, li.forum-post-container', author: '.author, .dbr-username-dropdown' },
});
