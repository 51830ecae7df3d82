import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';
import { welcomeRoutes, welcomeTests } from './welcome.support';

describeInBrowser('Chromium: first run', () => ChromiumBrowser.launch(welcomeRoutes()), welcomeTests);
