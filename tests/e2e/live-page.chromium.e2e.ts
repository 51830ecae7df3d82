import { liveThreadRoutes, liveThreadTests } from './live-page.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: a live Reddit thread', () => ChromiumBrowser.launch(liveThreadRoutes()), liveThreadTests);
