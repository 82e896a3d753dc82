/**
 * Where "near" is: a 5-digit ZIP code, or a city in Oregon ("Medford", "white city, or"). ZIP code
 * centres come from the maintained `zipcodes` package; a city is the centre of its ZIP codes.
 */
import { codes, lookup, lookupByState } from 'zipcodes';
import { normalizeForSearch } from '@/lib/directory/import/normalize';

export type Place = {
  label: string;
  latitude: number;
  longitude: number;
  /** True when the member's browser gave the place ("Use my location"); the label is then the nearest town. */
  fromDevice?: boolean;
};
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

/**
 * "Use my location" sends the browser's position rounded to two decimals (about a kilometre), as
 * `lat,lng`. Read only inside Oregon, where the directory is; never stored or logged.
 */
const COORDINATES = /^(-?\d{1,2}(?:\.\d{1,6})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,6})?)$/;
const OREGON = { south: 41.9, north: 46.3, west: -124.7, east: -116.4 };

export function isCoordinates(text: string): boolean {
  return COORDINATES.test(text.trim());
}

function placeFromCoordinates(text: string): PlaceLookup {
  const [, lat = '', lng = ''] = COORDINATES.exec(text) ?? [];
  const latitude = Number(lat);
  const longitude = Number(lng);
  if (latitude < OREGON.south || latitude > OREGON.north || longitude < OREGON.west || longitude > OREGON.east) return { kind: 'unknown' };
  // The town whose centre is nearest, to name the place in words ("near you, Medford").
  let nearest: Place | undefined;
  let best = Infinity;
  for (const town of citiesOfOregon().values()) {
    const distance = (town.latitude - latitude) ** 2 + ((town.longitude - longitude) * Math.cos((latitude * Math.PI) / 180)) ** 2;
    if (distance < best) [best, nearest] = [distance, town];
  }
  return { kind: 'found', place: { label: nearest?.label ?? '', latitude, longitude, fromDevice: true } };
}

export function findPlace(text: string): PlaceLookup {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  if (COORDINATES.test(trimmed)) return placeFromCoordinates(trimmed);
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
