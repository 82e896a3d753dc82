/** Picking a directory note's text in the member's language (safe for client components: no database). */
import type { DirectoryNote } from './listing-types';

export type NoteText = { text: string; /** The language of `text`: the member's, or another when the data has no translation. */ lang: string };

export function noteInLanguage(note: DirectoryNote, locale: string): NoteText {
  const own = note.text[locale];
  if (own) return { text: own, lang: locale };
  const english = note.text.en;
  if (english) return { text: english, lang: 'en' };
  const [lang, text] = Object.entries(note.text)[0] ?? ['en', ''];
  return { text, lang };
}
