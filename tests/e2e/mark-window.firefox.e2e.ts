import { markWindowRoutes, markWindowTests } from './mark-window.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: a thread too long to register whole', () => FirefoxBrowser.launch(markWindowRoutes()), markWindowTests);
