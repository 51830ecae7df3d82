import type { SiteAdapter } from './types';
import { selectorAdapter } from './selector-adapter';

// intervals.icu activity pages (`/activities/<id>`), a Vue + Vuetify app. The activity name is
// the toolbar title (`.activity-name`), the description is rendered markdown in
// `.activity-description`, and the athlete's and coach's notes are chat-style messages,
// `.activity-notes .note-text`. No public script documents this DOM (SELECTORS-CHECKED.md); these
// class names are our model of it, so expect the generic fallback to carry real pages until they
// are checked.
export const intervalsIcu: SiteAdapter = selectorAdapter({
  id: 'intervals-icu',
  name: 'intervals.icu',
  hosts: ['intervals.icu'],
  posts: '.activity-name, .activity-description, .activity-notes .note-text',
  // The name and the description are the athlete's one post; the notes are a conversation.
  title: { title: '.activity-name', body: '.activity-description' },
  label: { container: '.note', author: '.note-author' },
});
