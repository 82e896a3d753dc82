import { describe, expect, it } from 'vitest';
import { providerFilterFor } from './provider-kinds';

describe('providerFilterFor', () => {
  it.each([
    ['en', 'dentist', { care: 'dental', specialty: null }],
    ['en', 'Dentists near me', { care: 'dental', specialty: null }],
    ['en', 'midwife', { care: 'pregnancy', specialty: null }],
    ['en', 'OB', { care: 'pregnancy', specialty: null }],
    ['en', 'OB/GYN', { care: 'pregnancy', specialty: null }],
    ['en', 'counselor for my son', { care: 'behavioral-health', specialty: null }],
    ['en', 'pediatrician', { care: 'pediatrics', specialty: null }],
    ['en', 'new PCP', { care: 'primary-care', specialty: null }],
    ['en', 'heart doctor', { care: 'specialist', specialty: '207RC0000X' }],
    ['es', 'pediatra', { care: 'pediatrics', specialty: null }],
    ['es', 'partera', { care: 'pregnancy', specialty: null }],
    ['es', 'psiquiatra', { care: 'behavioral-health', specialty: null }],
    ['es', 'Dentista', { care: 'dental', specialty: null }],
    ['es', 'médico de cabecera', { care: 'primary-care', specialty: null }],
    ['es', 'cardiólogo', { care: 'specialist', specialty: '207RC0000X' }],
    ['en', 'urgent care near me', { care: 'urgent-care', specialty: null }],
    ['en', 'Pharmacy', { care: 'pharmacy', specialty: null }],
    ['es', 'farmacia abierta', { care: 'pharmacy', specialty: null }],
    ['es', 'urgencias', { care: 'urgent-care', specialty: null }],
    ['es', 'laboratorio', { care: 'lab', specialty: null }],
  ] as const)('%s "%s" asks for %o', (locale, query, filter) => {
    expect(providerFilterFor(locale, query)).toEqual(filter);
  });

  it.each([
    ['en', 'meds'],
    ['en', 'obstetrics leave'],
    ['en', 'pregnant'],
    ['en', ''],
    ['es', 'embarazada'],
    // Each language has its own words: a Spanish word on the English site is not a kind of provider.
    ['en', 'pediatra'],
  ] as const)('%s "%s" names no kind of provider', (locale, query) => {
    expect(providerFilterFor(locale, query)).toBeNull();
  });
});
