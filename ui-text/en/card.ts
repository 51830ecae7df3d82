import type { CardText } from '../card-text';
import { ifThisIsYou, warningSignsIn } from './warning-signs-in';

export const CARD_TEXT_EN: CardText = {
  dialogName: {
    upper: 'Back pain: upper back',
    mid: 'Back pain: mid back',
    lower: 'Back pain: lower back',
    unspecified: 'Back pain',
  },
  details: 'Details',
  regionHeading: 'Where',
  causesHeading: 'What this post hints at',
  remediesHeading: 'What often helps',
  postMentions: (quote) => `This post mentions “${quote}”`,
  activityFact: (fact) => `This activity: ${fact}`,
  gradeLabel: (grade) => `Link to back pain: ${grade.toLowerCase()}`,
  noCauses: 'The post gives no clue to a cause.',
  redFlagsIn: warningSignsIn,
  ifThisIsYou,
  close: 'Close',
  more: 'Full explanation',
  moreFallback: 'Click the Backlight button in your browser’s toolbar for the full explanation of this post.',
  shortcuts: 'Alt+Shift+J / Alt+Shift+K: next / previous mark · Esc: close',
  notBackPain: 'Not about back pain',
  turnOffSite: 'Turn off on this site',
  diagramLabel: (region) => `Back diagram: ${region}`,
};
