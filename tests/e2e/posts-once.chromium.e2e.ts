import { postsOnceRoutes, postsOnceTests } from './posts-once.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: each post appears once', () => ChromiumBrowser.launch(postsOnceRoutes()), postsOnceTests);
