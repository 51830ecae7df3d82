import { addFindingRoutes, findingTests } from './hostile-pages.findings';
import { hostilePageTests, hostileRoutes } from './hostile-pages.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: hostile and odd pages', () => ChromiumBrowser.launch(addFindingRoutes(hostileRoutes())), (session) => {
  findingTests(session);
  hostilePageTests(session);
});
