/**
 * Where "near" is: a 5-digit ZIP code, or a city in Oregon ("Medford", "white city, or"). ZIP code
 * centres come from the maintained `zipcodes` package; a city is the centre of its ZIP codes.
 */
import { codes, lookup, lookupByState } from 'zipcodes';
import { normalizeForSearch } from '@/lib/directory/import/normalize';

export type Place = { label: string; latitude: number; longitude: number };
export type PlaceLookup = { kind: 'none' } | { kind: 'found'; place: Place } | { kind: 'unknown' };

const HOME_STATE = 'OR';

let oregonCities: Map<string, Place> | undefined;

function citiesOfOregon(): Map<string, Place> {
  if (oregonCities) return oregonCities;
  const byCity = new Map<string, { name: string; latitudes: number[]; longitudes: number[] }>();
  for (const record of lookupByState(HOME_STATE)) {
    const key = normalizeForSearch(record.city);
    const entry = byCity.get(key) ?? { name: record.city, latitudes: [], longitudes: [] };
    entry.latitudes.push(record.latitude);
    entry.longitudes.push(record.longitude);
    byCity.set(key, entry);
  }
  const average = (numbers: number[]) => numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
  oregonCities = new Map(
    [...byCity].map(([key, entry]) => [key, { label: entry.name, latitude: average(entry.latitudes), longitude: average(entry.longitudes) }]),
  );
  return oregonCities;
}

export function findPlace(text: string): PlaceLookup {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  const zip = /^(\d{5})(?:-?\d{4})?$/.exec(trimmed)?.[1];
  if (zip) {
    const record = Object.hasOwn(codes, zip) ? lookup(zip) : undefined;
    return record
      ? { kind: 'found', place: { label: `${zip} (${record.city})`, latitude: record.latitude, longitude: record.longitude } }
      : { kind: 'unknown' };
  }
  const city = normalizeForSearch(trimmed.replace(/[.,]/g, ' '))
    .replace(/\s+(or|ore|oregon)$/, '')
    .trim();
  const place = citiesOfOregon().get(city);
  return place ? { kind: 'found', place } : { kind: 'unknown' };
}
