// The `zipcodes` package (US ZIP code centres) ships CommonJS without type declarations; these are
// the parts we use.
declare module 'zipcodes' {
  export interface ZipRecord {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  }
  export function lookup(zip: string): ZipRecord | undefined;
  export function lookupByState(state: string): ZipRecord[];
  export const codes: Readonly<Record<string, ZipRecord>>;
}
