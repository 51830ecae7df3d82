import { siteRoutes, siteTests } from './sites.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: every supported site at its real URL', () => FirefoxBrowser.launch(siteRoutes()), siteTests);
