import type { SiteAdapter } from './types';
import { selectorAdapter } from './selector-adapter';

// Garmin Connect activity pages, in two generations of markup (evidence: SELECTORS-CHECKED.md).
// The React app (`/app/activity/<id>`) uses CSS-module classes whose hash suffix changes with each
// deploy, so they are matched by prefix: the name is the `InlineEdit_label` in the
// `InlineActivityNameEdit_activityNameWrapper`, the notes are the `ActivityNotes_noteContainer`
// (under a "Notes" heading), comments are `CommentItem_commentBody`. The older pages
// (`/modern/activity/<id>`) show name and notes as "inline-edit" fields whose visible text is
// `.inline-edit-target`, inside `.activity-name-edit` and `.activity-notes`. The name and the
// notes are the athlete's one post.
const NAME = ['[class*="InlineActivityNameEdit_activityNameWrapper"] [class*="InlineEdit_label"]', '.activity-name-edit .inline-edit-target'].join(', ');
const NOTES = ['[class*="ActivityNotes_noteContainer"]', '.activity-notes .inline-edit-target', '.activity-notes .notes-text'].join(', ');

export const garminConnect: SiteAdapter = selectorAdapter({
  id: 'garmin-connect',
  name: 'Garmin Connect',
  hosts: ['connect.garmin.com'],
  posts: [NAME, NOTES, '[class*="CommentItem_commentBody"]'].join(', '),
  title: { title: NAME, body: NOTES },
  // The notes container holds its own heading ("Notes", "Notizen").
  ignoreWithin: 'h1, h2, h3, h4, h5, h6',
});
