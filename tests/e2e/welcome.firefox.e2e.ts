import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';
import { welcomeRoutes, welcomeTests } from './welcome.support';

describeInBrowser('Firefox: first run', () => FirefoxBrowser.launch(welcomeRoutes()), welcomeTests);
