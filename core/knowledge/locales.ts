import type { Locale } from './ids';
import type { LocaleText } from './types';
import { en } from './en';

/** Every locale's text. Adding a locale to LOCALES makes TypeScript demand an entry here. */
export const LOCALE_TEXT: Readonly<Record<Locale, LocaleText>> = { en };
