import { myBackRoutes, myBackTests } from './my-back.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: My back, the runner’s own history', () => FirefoxBrowser.launch(myBackRoutes()), myBackTests);
