import { describe, expect, it } from 'vitest';
import { contactMaxLength, looksLikeContact, optionalContactSchema } from './contact';

describe('looksLikeContact', () => {
  it.each(['ana@example.org', 'Ana <ana.m@correo.mx>', '(541) 555-0123', '+1 541 555 0123', '5415550123'])('accepts %s', (text) => {
    expect(looksLikeContact(text)).toBe(true);
  });
  it.each(['ana@example', 'example.org', '@.', '555-0123', 'text me'])('refuses %s', (text) => {
    expect(looksLikeContact(text)).toBe(false);
  });
});

describe('optionalContactSchema', () => {
  const codes = (text: string) => optionalContactSchema.safeParse(text).error?.issues.map((issue) => issue.message);

  it('leaves nothing to store when the member left it empty or typed only spaces', () => {
    expect(optionalContactSchema.parse('')).toBeUndefined();
    expect(optionalContactSchema.parse('   ')).toBeUndefined();
  });

  it('keeps an address or a number, trimmed', () => {
    expect(optionalContactSchema.parse(' ana@example.org ')).toBe('ana@example.org');
    expect(optionalContactSchema.parse('541-555-0123')).toBe('541-555-0123');
  });

  it('says too long before it judges the shape, and invalid for neither an address nor a number', () => {
    expect(codes('1'.repeat(contactMaxLength))).toBeUndefined();
    expect(codes('1'.repeat(contactMaxLength + 1))?.[0]).toBe('too-long');
    expect(codes('call me maybe')).toEqual(['invalid']);
  });
});
