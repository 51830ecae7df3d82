/** The plain-text report of a wrong or missed mark, and what says it was copied. */
export interface ReportText {
  title: string;
  page: string;
  marked: string;
  selected: string;
  /** Whether Backlight reads it as back pain now, in the words of the vocabulary. */
  mention: (text: string, region: string, status: string) => string;
  marksOnPage: (count: number) => string;
  noMarks: string;
  causes: string;
  redFlags: string;
  none: string;
  version: string;
  /** Last: the line the reader completes. */
  expected: string;
  copied: string;
  /** When the browser refused the clipboard: the report is shown to copy by hand. */
  copyByHand: string;
  reportLabel: string;
}
