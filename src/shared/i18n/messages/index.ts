import type { Locale } from '../locale.js';
import { de } from './de.js';
import { en, type Messages } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

export type { Messages };

/*
 * All four tables ship in the bundle: together they are a few hundred bytes compressed, less than the
 * code it would take to load them on demand.
 */
const messagesByLocale: Record<Locale, Messages> = { en, nl, fr, de };

export function messagesFor(locale: Locale): Messages {
  return messagesByLocale[locale];
}
