import { redFlagRoutes, redFlagTests } from './red-flags.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: red flags seen without hovering', () => FirefoxBrowser.launch(redFlagRoutes()), redFlagTests);
