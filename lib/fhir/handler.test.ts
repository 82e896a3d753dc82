import { describe, expect, it } from 'vitest';
import { baseUrlOf } from './handler';

describe('the base URL in links', () => {
  it('is the address the client used, through a proxy too', () => {
    expect(baseUrlOf(new Request('http://localhost:3000/api/fhir/metadata', { headers: { host: '127.0.0.1:3241' } }))).toBe('http://127.0.0.1:3241/api/fhir');
    expect(baseUrlOf(new Request('http://localhost:3000/api/fhir/metadata', { headers: { host: 'internal:3000', 'x-forwarded-host': 'members.example.org', 'x-forwarded-proto': 'https' } }))).toBe(
      'https://members.example.org/api/fhir',
    );
    expect(baseUrlOf(new Request('http://localhost:3000/api/fhir/metadata'))).toBe('http://localhost:3000/api/fhir');
  });

  it('ignores a Host header that is not a host', () => {
    expect(baseUrlOf(new Request('http://localhost:3000/api/fhir/metadata', { headers: { 'x-forwarded-host': 'evil.example/<script>', 'x-forwarded-proto': 'javascript' } }))).toMatch(/^http:\/\/[^/<]+\/api\/fhir$/);
  });
});
