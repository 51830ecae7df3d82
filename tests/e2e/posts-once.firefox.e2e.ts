import { postsOnceRoutes, postsOnceTests } from './posts-once.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: each post appears once', () => FirefoxBrowser.launch(postsOnceRoutes()), postsOnceTests);
