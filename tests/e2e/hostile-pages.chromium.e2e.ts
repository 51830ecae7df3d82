import { hostilePageTests, hostileRoutes } from './hostile-pages.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: hostile and odd pages', () => ChromiumBrowser.launch(hostileRoutes()), hostilePageTests);
