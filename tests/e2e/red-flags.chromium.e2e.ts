import { redFlagRoutes, redFlagTests } from './red-flags.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: red flags seen without hovering', () => ChromiumBrowser.launch(redFlagRoutes()), redFlagTests);
