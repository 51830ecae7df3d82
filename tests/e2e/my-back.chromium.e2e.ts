import { myBackRoutes, myBackTests } from './my-back.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: My back, the runner’s own history', () => ChromiumBrowser.launch(myBackRoutes()), myBackTests);
