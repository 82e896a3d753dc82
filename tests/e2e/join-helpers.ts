import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { TestLocale } from './helpers';

export const joinWords = {
  en: {
    title: 'Ask to join our network',
    send: 'Send request',
    errors: 'There is a problem with your request',
    checkDigit: 'This is not a valid NPI',
    npiLength: 'An NPI has exactly 10 digits.',
    tin: 'Enter an EIN like 12-3456789',
    phone: 'Enter a US phone number with area code',
    specialty: 'Choose a specialty.',
    thanks: 'Thank you. We received your request.',
    reference: 'Your reference number',
    again: 'We already received a request for this NPI today',
    family: 'Family medicine',
  },
  es: {
    title: 'Solicite unirse a nuestra red',
    send: 'Enviar solicitud',
    errors: 'Hay un problema con su solicitud',
    checkDigit: 'Este NPI no es válido',
    npiLength: 'El NPI tiene exactamente 10 dígitos.',
    tin: 'Escriba un EIN como 12-3456789',
    phone: 'Escriba un número de EE. UU. con código de área',
    specialty: 'Elija una especialidad.',
    thanks: 'Gracias. Recibimos su solicitud.',
    reference: 'Su número de referencia',
    again: 'Hoy ya recibimos una solicitud para este NPI',
    family: 'Medicina familiar',
  },
} as const;

/** A random NPI that passes the check digit (Luhn over 80840 + the first nine digits), so runs never collide. */
export function randomNpi(): string {
  const body = `1${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const digits = `80840${body}${check}`;
    let sum = 0;
    for (let index = 0; index < digits.length; index++) {
      let digit = Number(digits[digits.length - 1 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return `${body}${check}`;
  }
  throw new Error('unreachable: one check digit always fits');
}

export async function fillJoinRequest(page: Page, locale: TestLocale, npi: string, name: string) {
  await page.locator('#join-name').fill(name);
  await page.locator('#join-specialty').selectOption({ label: joinWords[locale].family });
  await page.locator('#join-phone').fill('(541) 555-0142');
  await page.locator('#join-email').fill('contracts@clinic.example.org');
  await page.locator('#join-street').fill('221 W Main St');
  await page.locator('#join-city').fill('Medford');
  await page.locator('#join-zip').fill('97501');
  await page.locator('#join-npi').fill(npi);
  await page.locator('#join-tin').fill('93-1234567');
}
