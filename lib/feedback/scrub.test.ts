import { describe, expect, it } from 'vitest';
import { REMOVED_MARKER, scrubPersonalDetails } from './scrub';

const R = REMOVED_MARKER;

describe('scrubPersonalDetails removes what looks like a personal detail', () => {
  it.each([
    // Social Security numbers
    ['My SSN is 123-45-6789.', `My SSN is ${R}.`],
    ['SSN 123 45 6789 thanks', `SSN ${R} thanks`],
    ['mi seguro social es 123456789', `mi seguro social es ${R}`],
    // Oregon Medicaid (prime) and member IDs
    ['My ID is AB123456', `My ID is ${R}`],
    ['mi número de miembro: xy654321.', `mi número de miembro: ${R}.`],
    ['Member ID 100234567890 does not work', `Member ID ${R} does not work`],
    ['card 12345678', `card ${R}`],
    // Dates of birth, US and Spanish ways of writing them
    ['born 01/05/1990', `born ${R}`],
    ['DOB 1-5-90', `DOB ${R}`],
    ['nací el 25/12/1990', `nací el ${R}`],
    ['birthday: 1990-01-05', `birthday: ${R}`],
    ['born January 5, 1990 in Medford', `born ${R} in Medford`],
    ['born Jan. 5th 1990', `born ${R}`],
    ['nací el 5 de enero de 1990', `nací el ${R}`],
    ['fecha de nacimiento: 5 de enero del 1990', `fecha de nacimiento: ${R}`],
    ['Nació en septiembre 14, 2001.', `Nació en ${R}.`],
    // Phone numbers
    ['call me at (541) 555-0123', `call me at ${R}`],
    ['541-555-0123 or 541.555.0124', `${R} or ${R}`],
    ['llámeme al +1 541 555 0123 por favor', `llámeme al ${R} por favor`],
    ['1-800-555-0123', R],
    ['mi teléfono es 555-0123', `mi teléfono es ${R}`],
    ['5415550123', R],
    // E-mail addresses
    ['write to ana.m+site@example.org please', `write to ${R} please`],
    ['mi correo: josé_g@correo.mx', `mi correo: ${R}`],
  ])('%j', (input, expected) => {
    const result = scrubPersonalDetails(input);
    expect(result.text).toBe(expected);
    expect(result.replaced).toBe(expected.split(R).length - 1);
  });
});

describe('scrubPersonalDetails keeps ordinary words and numbers', () => {
  it.each([
    'I waited 3 hours on hold.',
    'Esperé 3 horas.',
    'My appointment is on 5 de enero.',
    'La cita es el 5 de enero.',
    'It was on January 5.',
    'Room 12B, zip 97501',
    'I have 2 kids and paid $1,200 in 2024.',
    'Open 8-5, Monday to Friday',
    'In 2023-2024 the page was better.',
    'Use 3/4 of the page',
    'Page 10 of 25',
    'Version 1.2.3',
    'Todo bien, gracias',
  ])('%j', (input) => {
    expect(scrubPersonalDetails(input)).toEqual({ text: input, replaced: 0 });
  });

  it('counts every detail it removed from a longer comment', () => {
    const { text, replaced } = scrubPersonalDetails('I am AB123456, born 3/4/1985, phone 541-555-0123, email a@b.co. I waited 3 hours.');
    expect(text).toBe(`I am ${R}, born ${R}, phone ${R}, email ${R}. I waited 3 hours.`);
    expect(replaced).toBe(4);
  });
});
