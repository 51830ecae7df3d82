import { liveThreadRoutes, liveThreadTests } from './live-page.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: a live Reddit thread', () => FirefoxBrowser.launch(liveThreadRoutes()), liveThreadTests);
