import { sheetAxeRoutes, sheetAxeTests } from './sheet-axe.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: the narrow window’s card sheet', () => ChromiumBrowser.launch(sheetAxeRoutes()), sheetAxeTests);
