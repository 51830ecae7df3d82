import type { WelcomeText } from '../welcome-text';

export const WELCOME: WelcomeText = {
  title: 'Welcome to Backlight',
  intro:
    'On running forums and training logs, Backlight marks where people write about back pain and explains it: which part of the back, what the post hints at, what often helps, and when to get help.',
  marksHeading: 'What the marks mean',
  marks: [
    { look: 'A wavy underline', means: 'a back-pain mention. Point at it, tap it or step to it for a card.', sample: 'mention' },
    {
      look: 'A dark red double underline',
      means: 'a warning sign in a post with a mention. The toolbar badge turns dark red while a page has one.',
      sample: 'red-flag',
    },
  ],
  privacyHeading: 'Privacy',
  privacy: [
    'Nothing leaves your browser: no network requests, no analytics, no remote code.',
    'Backlight reads only the running sites it supports and the sites you add.',
  ],
  notDiagnosis: 'Backlight never diagnoses. Warning signs are always shown first and plainly.',
};
