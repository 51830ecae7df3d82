import type { Locale } from '../core/knowledge/ids';
import type { BrowserUiText } from './browser-ui-text';
import type { CardText } from './card-text';
import type { LibraryText } from './library-text';
import type { MyBackText } from './my-back-text';
import type { OptionsText } from './options-text';
import type { PopupText } from './popup-text';
import type { ShortcutsText } from './shortcuts-text';
import type { ReportText } from './report-text';
import type { WelcomeText } from './welcome-text';
import { EN } from './en';

/** All interface text of one locale, one area per key; a locale missing any string fails `tsc`. */
export interface UiText {
  popup: PopupText;
  library: LibraryText;
  options: OptionsText;
  browserUi: BrowserUiText;
  card: CardText;
  myBack: MyBackText;
  welcome: WelcomeText;
  shortcuts: ShortcutsText;
  report: ReportText;
}

const UI_TEXT: Record<Locale, UiText> = { en: EN };

export function uiText(locale: Locale = 'en'): UiText {
  return UI_TEXT[locale];
}
