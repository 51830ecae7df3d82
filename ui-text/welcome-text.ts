/** The page that opens once, when Backlight is installed. */
export interface WelcomeText {
  title: string;
  intro: string;
  marksHeading: string;
  /** What each kind of mark means: the name of its look, then what it says. */
  marks: { look: string; means: string; sample: 'mention' | 'red-flag' }[];
  privacyHeading: string;
  privacy: [string, string];
  notDiagnosis: string;
}
