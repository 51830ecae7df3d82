import { markWindowRoutes, markWindowTests } from './mark-window.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: a thread too long to register whole', () => ChromiumBrowser.launch(markWindowRoutes()), markWindowTests);
