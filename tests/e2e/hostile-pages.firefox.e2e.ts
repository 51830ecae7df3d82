import { addFindingRoutes, findingTests } from './hostile-pages.findings';
import { hostilePageTests, hostileRoutes } from './hostile-pages.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: hostile and odd pages', () => FirefoxBrowser.launch(addFindingRoutes(hostileRoutes())), (session) => {
  findingTests(session);
  hostilePageTests(session);
});
