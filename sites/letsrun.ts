import { selectorAdapter } from './selector-adapter';

// LetsRun message board threads (`/forum/flat_read.php?thread=…`, `/forum/threads/…`). Modelled
// on the thread markup read by public clients (williamreed's LetsRun Android app, the "JRT"
// userscript): replies are `ul.thread > li`, each with `.subject_line`, `.author`, `.timestamp`
// and the body in `.post_text`. Quotes of earlier replies are `blockquote`s in the body.
export const letsrun = selectorAdapter({
  id: 'letsrun',
  name: 'LetsRun',
  hosts: ['www.letsrun.com', 'letsrun.com'],
  posts: 'ul.thread .post_text',
  ignoreWithin: 'blockquote',
  label: { container: 'ul.thread > li', author: '.author' },
});
