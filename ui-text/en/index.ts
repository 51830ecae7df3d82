import type { UiText } from '../ui-text';
import { BROWSER_UI } from './browser-ui';
import { CARD_TEXT_EN } from './card';
import { LIBRARY } from './library';
import { MY_BACK } from './my-back';
import { OPTIONS } from './options';
import { POPUP } from './popup';
import { REPORT } from './report';
import { SHORTCUTS } from './shortcuts';
import { WELCOME } from './welcome';

export const EN: UiText = { popup: POPUP, library: LIBRARY, options: OPTIONS, browserUi: BROWSER_UI, card: CARD_TEXT_EN, myBack: MY_BACK, welcome: WELCOME, shortcuts: SHORTCUTS, report: REPORT };
