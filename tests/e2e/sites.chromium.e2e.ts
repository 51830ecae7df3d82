import { siteRoutes, siteTests } from './sites.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: every supported site at its real URL', () => ChromiumBrowser.launch(siteRoutes()), siteTests);
