import type { ReportText } from '../report-text';

export const REPORT: ReportText = {
  title: 'Backlight: a wrong or missed mark',
  page: 'Page:',
  marked: 'Marked text:',
  selected: 'Selected text:',
  mention: (text, region, status) => `“${text}”: region ${region}, status ${status}`,
  marksOnPage: (count) => `Marks on the page: ${count}`,
  noMarks: 'Marks on the page: none',
  causes: 'Causes Backlight read:',
  redFlags: 'Warning signs Backlight read:',
  none: 'none',
  version: 'Backlight version:',
  expected: 'What I expected: ',
  copied: 'Report copied. Paste it wherever you like and add what you expected: Backlight sent nothing.',
  copyByHand: 'Your browser did not let Backlight copy. The report is selected below: press Ctrl+C (⌘C on a Mac) to copy it. Backlight sent nothing.',
  reportLabel: 'Report of a wrong or missed mark',
};
