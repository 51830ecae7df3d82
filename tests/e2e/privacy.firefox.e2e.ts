import { expect, it } from 'vitest';
import { notThePages, privacyPageTests, privacyRoutes } from './privacy.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: privacy — no request of the extension’s own, on any page', () => FirefoxBrowser.launch(privacyRoutes()), (session) => {
  privacyPageTests(session);

  it('made no request: not from the pages’ tabs nor the popup', () => {
    expect(notThePages(session().routes.unexpected())).toEqual([]);
    expect(notThePages(session().requests)).toEqual([]);
  });
});
