/** The options page. */
export interface OptionsText {
  title: string;
  loading: string;
  saved: string;
  invalidNotice: string;
  /** Names the settings that were reset, in the notice. */
  invalidFields: (fields: readonly string[]) => string;
  sitesHeading: string;
  sitesHelp: string;
  allOfReddit: string;
  allOfRedditHelp: string;
  userSitesHeading: string;
  userSitesHelp: string;
  userSiteLabel: string;
  addSite: string;
  removeSite: (origin: string) => string;
  invalidOrigin: string;
  permissionRefused: string;
  noUserSites: string;
  disabledHostsHeading: string;
  turnBackOn: (host: string) => string;
  /** `thread` is the address of the thread, without its scheme. */
  turnThreadBackOn: (thread: string) => string;
  appearanceHeading: string;
  highlightMode: string;
  modes: { underline: string; background: string };
  highlightColour: string;
  colours: { purple: string; blue: string; orange: string; vermillion: string };
  preview: string;
  cardDelay: string;
  cardDelayUnit: string;
  badge: string;
  regionsHeading: string;
  regionsHelp: string;
  dismissedHeading: string;
  dismissedCount: (n: number) => string;
  clearDismissed: string;
  reset: string;
  resetDone: string;
}
