import type { SiteAdapter } from './types';
import { selectorAdapter } from './selector-adapter';
import { garminConnectFacts } from './garmin-connect-facts';

// Garmin Connect activity pages (`/modern/activity/<id>`, `/app/activity/<id>`). The activity's
// name and its notes are both "inline-edit" fields: the visible text is `.inline-edit-target`
// inside `.activity-name-edit` (page header, `#activityIntroViewPlaceholder`) and inside
// `.activity-notes` (the Notes/Description box). Modelled on public Garmin Connect
// userscripts and scrapers that read `.activity-name-edit .inline-edit-target`.
export const garminConnect: SiteAdapter = {
  ...selectorAdapter({
    id: 'garmin-connect',
    name: 'Garmin Connect',
    hosts: ['connect.garmin.com'],
    posts: [
      '.activity-name-edit .inline-edit-target',
      '.activity-notes .inline-edit-target',
      '.activity-notes .notes-text',
    ].join(', '),
  }),
  facts: garminConnectFacts,
};
