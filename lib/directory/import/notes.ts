/**
 * Notes for members that a Location's data writes as free text: how to get there by bus (the
 * `accessibility` extension that carries `pubtrans`), other accessibility notes, and exceptions to the
 * hours (`availabilityExceptions`). Each is kept in every language the data gives: the text itself in
 * the resource's language (English unless `Resource.language` says otherwise) and each translation
 * from the FHIR translation extension on its `_element` sibling, so the page can show the member's.
 */
import { extensionUrls } from './fhir/extensions';

export type NoteTopic = 'transit' | 'accessibility' | 'hours';
/** Language (BCP 47 primary subtag) → text. */
export type StoredNote = { topic: NoteTopic; text: Record<string, string> };

export const TRANSLATION_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/translation';

type Json = Record<string, unknown>;
const asRecord = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The text and its translations; `extras` is the string's `_element` sibling. */
function inLanguages(text: string, extras: unknown, baseLanguage: string): Record<string, string> {
  const languages: Record<string, string> = { [baseLanguage]: text };
  for (const extension of asArray(asRecord(extras).extension).map(asRecord)) {
    if (extension.url !== TRANSLATION_EXTENSION) continue;
    const parts = asArray(extension.extension).map(asRecord);
    const language = asText(parts.find((part) => part.url === 'lang')?.valueCode)
      ?.toLowerCase()
      .split('-')[0];
    const content = asText(parts.find((part) => part.url === 'content')?.valueString);
    if (language && content && !(language in languages)) languages[language] = content;
  }
  return languages;
}

export function locationNotesOf(resource: Json): StoredNote[] {
  const baseLanguage = asText(resource.language)?.toLowerCase().split('-')[0] ?? 'en';
  const notes: StoredNote[] = [];
  for (const extension of asArray(resource.extension).map(asRecord)) {
    if (extension.url !== extensionUrls.accessibility) continue;
    const concept = asRecord(extension.valueCodeableConcept);
    const text = asText(concept.text);
    if (!text) continue;
    const codings = asArray(concept.coding).map(asRecord);
    const isTransit = codings.some((coding) => coding.code === 'pubtrans');
    // A text that only lists its codes' displays tells a member nothing the codes do not.
    const displays = new Set(codings.map((coding) => asText(coding.display)?.toLowerCase()));
    if (!isTransit && text.split(/\s*[;,]\s*/).every((part) => displays.has(part.toLowerCase()))) continue;
    notes.push({ topic: isTransit ? 'transit' : 'accessibility', text: inLanguages(text, concept._text, baseLanguage) });
  }
  const exceptions = asText(resource.availabilityExceptions);
  if (exceptions) notes.push({ topic: 'hours', text: inLanguages(exceptions, resource._availabilityExceptions, baseLanguage) });
  return notes;
}
