import type { CardText } from '../card-text';

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
  gradeLabel: (grade) => `Evidence: ${grade}`,
  noCauses: 'The post gives no clue to a cause.',
  redFlagsMentioned: 'Mentioned:',
  close: 'Close',
  more: 'More in Backlight',
  moreFallback: 'Click the Backlight button in your browser’s toolbar for more.',
  notBackPain: 'Not about back pain',
  turnOffSite: 'Turn off on this site',
  diagramLabel: (region) => `Back diagram: ${region}`,
};
