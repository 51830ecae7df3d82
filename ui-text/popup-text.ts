import type { PostWhose } from './post-whose';

/** Everything the popup says, apart from the knowledge base's own text. */
export interface PopupText {
  title: string;
  tabsLabel: string;
  pageTab: string;
  libraryTab: string;
  loading: string;
  /** "4 mentions, mostly mid back; warning signs in 1 post"; `region` is null when no region dominates. */
  summary: (count: number, region: string | null, redFlagPosts: number) => string;
  noMentions: string;
  selectionTitle: string;
  selectionEmpty: string;
  redFlagsHeading: string;
  /** Unfolds the most urgent warning sign's own advice. */
  flagAdvice: string;
  /** One post's warning signs: "Warning signs in u/lena’s post: ‘both my legs went numb’". */
  redFlagsIn: (whose: PostWhose, quotes: readonly string[]) => string;
  /** The most urgent tier's routing line, once under the posts: "If this is you: …". */
  ifThisIsYou: (routing: string) => string;
  /** Button that scrolls the page to a post with warning signs and flashes its mark. */
  showPost: string;
  mentionsHeading: string;
  /** Fallback post label. */
  postLabel: (n: number) => string;
  revealHint: string;
  revealFailed: string;
  causesHeading: string;
  /** Unfolds the causes past the top three. */
  showAllCauses: (count: number) => string;
  /** Hint on a cause's or remedy's name, which opens it in the Library. */
  openInLibrary: string;
  /** "you mentioned ‘hill repeats’". */
  evidenceQuote: (quotes: readonly string[]) => string;
  /** "This activity: Temperature 1 °C, Humidity 92 %". */
  factEvidence: (facts: readonly string[]) => string;
  remediesHeading: string;
  generalRemediesNote: string;
  /** Unfolds the remedies past the top three. */
  moreRemedies: (count: number) => string;
  /** Folds what can help under an emergency warning. */
  notAnEmergency: string;
  /** Unfolds the list of every mention, by post. */
  everyMention: (count: number) => string;
  firstStep: string;
  moreAboutRemedy: string;
  adapterLine: (name: string) => string;
  adapterGeneric: string;
  /** The site's own reader found no posts (a redesign?): "The Reddit reader found no posts…". */
  adapterFellBack: (name: string) => string;
  reloadPage: string;
  offHeading: string;
  offExplanation: string;
  /** Button: "Turn on for forum.example.com". */
  enableOnSite: (host: string) => string;
  enabling: string;
  enabled: string;
  enableRefused: string;
  cannotRunHere: string;
  siteSwitchedOff: string;
  threadSwitchedOff: string;
  redditRunningOnly: string;
  openOptions: string;
  selectionHowTo: string;
  /** The keyboard shortcut, when the browser reports one. */
  selectionShortcut: (keys: string) => string;
  notDiagnosis: string;
}
