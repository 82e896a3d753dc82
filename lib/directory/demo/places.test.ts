import { describe, expect, it } from 'vitest';
import { JACKSON_COUNTY_ZIPS, nearZipCentre, TOWNS, zipCentre } from './places';
import { Random } from './random';

const distanceKm = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

describe('Jackson County places', () => {
  it('lists the twelve towns with their real ZIP codes', () => {
    expect(TOWNS.map((town) => town.name)).toHaveLength(12);
    expect([...JACKSON_COUNTY_ZIPS].sort()).toEqual([
      '97501',
      '97502',
      '97503',
      '97504',
      '97520',
      '97522',
      '97524',
      '97525',
      '97530',
      '97535',
      '97537',
      '97539',
      '97540',
    ]);
  });

  it('finds every ZIP centre in the zipcodes package, inside the county', () => {
    for (const zip of JACKSON_COUNTY_ZIPS) {
      const centre = zipCentre(zip);
      expect(centre.latitude).toBeGreaterThan(42.0);
      expect(centre.latitude).toBeLessThan(42.9);
      expect(centre.longitude).toBeGreaterThan(-123.3);
      expect(centre.longitude).toBeLessThan(-122.3);
    }
    expect(() => zipCentre('10001')).toThrow(/no Oregon record/);
  });

  it('places offices within the town spread (under 2 km) of the ZIP centre', () => {
    const random = new Random(1);
    for (const town of TOWNS) {
      for (const area of town.areas) {
        for (let index = 0; index < 50; index++) {
          const point = nearZipCentre(random, area.zip, town.spreadKm);
          expect(distanceKm(point, zipCentre(area.zip))).toBeLessThanOrEqual(Math.min(town.spreadKm, 2) + 0.01);
        }
      }
    }
  });
});
