import { describe, expect, it } from 'vitest';
import { noteInLanguage } from '@/lib/directory/search/notes';
import { healthcareServiceSchema } from './fhir/resources';
import { locationNotesOf, TRANSLATION_EXTENSION } from './notes';
import { patientAgesOf } from './patient-ages';

const ACCESSIBILITY = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/accessibility';
const spanish = (content: string) => ({
  extension: [
    {
      url: TRANSLATION_EXTENSION,
      extension: [
        { url: 'lang', valueCode: 'es-US' },
        { url: 'content', valueString: content },
      ],
    },
  ],
});

describe('locationNotesOf', () => {
  it('keeps the transit and hours notes with their Spanish translations', () => {
    const notes = locationNotesOf({
      extension: [
        {
          url: ACCESSIBILITY,
          valueCodeableConcept: { coding: [{ code: 'pubtrans' }], text: 'Bus 10 stops at the door.', _text: spanish('El autobús 10 para en la puerta.') },
        },
      ],
      availabilityExceptions: 'Closed on Christmas.',
      _availabilityExceptions: spanish('Cerrado en Navidad.'),
    });
    expect(notes).toEqual([
      { topic: 'transit', text: { en: 'Bus 10 stops at the door.', es: 'El autobús 10 para en la puerta.' } },
      { topic: 'hours', text: { en: 'Closed on Christmas.', es: 'Cerrado en Navidad.' } },
    ]);
    expect(noteInLanguage(notes[0] ?? { topic: 'transit', text: {} }, 'es')).toEqual({ text: 'El autobús 10 para en la puerta.', lang: 'es' });
  });

  it('marks English-only text as English on a Spanish page, and keeps a note written in Spanish as Spanish', () => {
    const [english] = locationNotesOf({ availabilityExceptions: 'Closed on Fridays.' });
    expect(english && noteInLanguage(english, 'es')).toEqual({ text: 'Closed on Fridays.', lang: 'en' });
    const [written] = locationNotesOf({ language: 'es', availabilityExceptions: 'Cerrado los viernes.' });
    expect(written && noteInLanguage(written, 'en')).toEqual({ text: 'Cerrado los viernes.', lang: 'es' });
  });

  it('leaves out an accessibility text that only repeats its codes, and anything malformed', () => {
    const notes = locationNotesOf({
      extension: [
        { url: ACCESSIBILITY, valueCodeableConcept: { coding: [{ code: 'handiaccess', display: 'Wheelchair entrance' }], text: 'Wheelchair entrance' } },
        { url: ACCESSIBILITY, valueCodeableConcept: { coding: [{ code: 'handiaccess' }], text: 'Ramp at the side door on Oak St.' } },
        { url: ACCESSIBILITY, valueCodeableConcept: 'not a concept' },
        'not an extension',
      ],
      availabilityExceptions: 42,
    });
    expect(notes).toEqual([{ topic: 'accessibility', text: { en: 'Ramp at the side door on Oak St.' } }]);
  });
});

describe('patientAgesOf', () => {
  const service = (eligibility: unknown) =>
    healthcareServiceSchema.parse({ resourceType: 'HealthcareService', id: 'x', meta: { lastUpdated: '2026-11-01T00:00:00Z' }, eligibility });

  it('reads our codes first, then the words of the text or comment; says nothing when unclear', () => {
    expect(patientAgesOf(service([{ code: { coding: [{ system: 'https://directory.cco.example/fhir/CodeSystem/patient-ages', code: 'children' }] } }]))).toBe(
      'children',
    );
    expect(patientAgesOf(service([{ comment: 'Adults 18 and older only.' }]))).toBe('adults');
    expect(patientAgesOf(service([{ code: { text: 'Pediatric patients' } }]))).toBe('children');
    expect(patientAgesOf(service([{ comment: 'Adults and children welcome.' }]))).toBeNull();
    expect(patientAgesOf(service([{ comment: 'Medicaid members.' }]))).toBeNull();
    expect(patientAgesOf(service(undefined))).toBeNull();
  });
});
