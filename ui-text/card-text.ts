import type { Region } from '../core/vocabulary';
import type { PostWhose } from './post-whose';

/** Every string the hover card shows that does not come from the knowledge base. */
export interface CardText {
  /** The card's accessible name and heading, e.g. "Back pain: mid back". */
  dialogName: Record<Region, string>;
  /** The scrolling part of the card, between its title and its buttons. */
  details: string;
  regionHeading: string;
  causesHeading: string;
  remediesHeading: string;
  /** How the evidence for a cause is quoted: it comes from the post, not from the reader. */
  postMentions: (quote: string) => string;
  /** A fact of the activity page as evidence: "This activity: Temperature 1 °C". */
  activityFact: (fact: string) => string;
  /** How well the studies we cite link a cause to back pain, in plain words. */
  gradeLabel: (grade: string) => string;
  noCauses: string;
  /** The post's warning signs: "Warning signs in u/lena’s post: ‘both my legs went numb’". */
  redFlagsIn: (whose: PostWhose, quotes: readonly string[]) => string;
  /** The tier's routing line: "If this is you: …". */
  ifThisIsYou: (routing: string) => string;
  /** The fold over a warning sign's own advice, under the routing line. */
  flagAdvice: string;
  close: string;
  /** Opens the popup at this post. */
  more: string;
  moreFallback: string;
  /** The keyboard commands that step through the marks. */
  shortcuts: string;
  /** The ⋯ menu button's name. */
  moreActions: string;
  notBackPain: string;
  turnOffThread: string;
  turnOffSite: string;
  report: string;
  /** What the undo toast says after each action of the ⋯ menu. */
  dismissedToast: string;
  threadOffToast: string;
  siteOffToast: (host: string) => string;
  undo: string;
  closeToast: string;
  diagramLabel: (region: string) => string;
}
