import { sheetAxeRoutes, sheetAxeTests } from './sheet-axe.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: the narrow window’s card sheet', () => FirefoxBrowser.launch(sheetAxeRoutes()), sheetAxeTests);
