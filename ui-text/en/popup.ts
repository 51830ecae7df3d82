import type { PopupText } from '../popup-text';
import { ifThisIsYou, warningSignsIn } from './warning-signs-in';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const POPUP: PopupText = {
  title: 'Backlight',
  tabsLabel: 'Views',
  pageTab: 'This page',
  libraryTab: 'Library',
  loading: 'Reading this page…',
  summary: (count, region, redFlagPosts) =>
    `${plural(count, 'mention', 'mentions')}${region ? `, mostly ${region.toLowerCase()}` : ''}${
      redFlagPosts > 0 ? `; warning signs in ${plural(redFlagPosts, 'post', 'posts')}` : ''
    }`,
  noMentions: 'No back-pain mentions on this page.',
  selectionTitle: 'Selected text',
  selectionEmpty: 'No back-pain mention in the selected text.',
  redFlagsHeading: 'Warning signs mentioned',
  flagAdvice: 'Why it matters and what else to do',
  redFlagsIn: warningSignsIn,
  ifThisIsYou,
  showPost: 'Show',
  mentionsHeading: 'Mentions',
  postLabel: (n) => `Post ${n}`,
  revealHint: 'Show on the page',
  revealFailed: 'That mention is no longer on the page.',
  causesHeading: 'Possible factors on this page',
  showAllCauses: (count) => `Show all ${count} factors`,
  openInLibrary: 'Open in the Library',
  evidenceQuote: (quotes) => `Mentioned: ${quotes.map((q) => `‘${q}’`).join(', ')}`,
  factEvidence: (facts) => `This activity: ${facts.join(', ')}`,
  remediesHeading: 'What can help',
  generalRemediesNote: 'No particular factor is mentioned; these help most back pain.',
  moreRemedies: (count) => `${plural(count, 'more thing', 'more things')} that can help`,
  notAnEmergency: 'If it is not an emergency: what can help',
  everyMention: (count) => `Every mention on this page (${count})`,
  firstStep: 'First step',
  moreAboutRemedy: 'Steps and cautions',
  adapterLine: (name) => `Read with the ${name} reader.`,
  adapterGeneric: 'No reader for this particular site matched, so the general reader was used; it may miss some posts.',
  adapterFellBack: (name) =>
    `The ${name} reader found no posts here (the site may have changed), so the general reader was used; it may miss some posts.`,
  reloadPage: 'Reload the page to let Backlight read it.',
  offHeading: 'Backlight isn’t running on this page',
  offExplanation: 'Backlight reads only the running sites it knows and the sites you add.',
  enableOnSite: (host) => `Turn on for ${host}`,
  enabling: 'Turning on…',
  enabled: 'Turned on. Reading the page…',
  enableRefused: 'Permission was not given, so Backlight stays off here.',
  cannotRunHere: 'Browsers don’t let extensions read this kind of page.',
  siteSwitchedOff: 'Backlight is switched off for this site in its options.',
  threadSwitchedOff: 'Backlight is turned off on this thread, from its card. Its options turn it back on.',
  redditRunningOnly: 'On Reddit, Backlight reads running subreddits only. Switch on “All of Reddit” in the options to read every subreddit.',
  openOptions: 'Options',
  selectionHowTo: 'To check any text, select it, right-click and choose “Analyse with Backlight”.',
  selectionShortcut: (keys) => `Or select it and press ${keys}.`,
  notDiagnosis: 'Backlight explains; it does not diagnose.',
};
