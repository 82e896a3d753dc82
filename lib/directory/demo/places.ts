/**
 * Jackson County, Oregon: the towns the plan serves, their real ZIP codes, street names that
 * belong there, and whether Rogue Valley Transportation District (RVTD) buses run there.
 * ZIP centres come from the `zipcodes` package; addresses and house numbers are invented.
 */
import { createRequire } from 'node:module';
import type { Random } from './random';

export type TownName =
  | 'Medford'
  | 'Ashland'
  | 'Central Point'
  | 'Eagle Point'
  | 'White City'
  | 'Jacksonville'
  | 'Phoenix'
  | 'Talent'
  | 'Shady Cove'
  | 'Rogue River'
  | 'Gold Hill'
  | 'Butte Falls';

interface ZipArea {
  zip: string;
  streets: readonly string[];
}

export interface Town {
  name: TownName;
  areas: readonly ZipArea[];
  /** RVTD fixed-route service reaches the town. */
  onBusNetwork: boolean;
  /** Highest house number used for invented addresses. */
  maxHouseNumber: number;
  /** How far (km) an office may sit from the ZIP centre. */
  spreadKm: number;
}

const town = (name: TownName, onBusNetwork: boolean, maxHouseNumber: number, spreadKm: number, ...areas: ZipArea[]): Town => ({
  name,
  onBusNetwork,
  maxHouseNumber,
  spreadKm,
  areas,
});
const area = (zip: string, ...streets: string[]): ZipArea => ({ zip, streets });

export const TOWNS: readonly Town[] = [
  town(
    'Medford',
    true,
    3900,
    1.9,
    area(
      '97501',
      'W Main St',
      'S Riverside Ave',
      'Stewart Ave',
      'W McAndrews Rd',
      'Columbus Ave',
      'S Oakdale Ave',
      'W Jackson St',
      'Garfield St',
      'S Central Ave',
      'Lozier Ln',
    ),
    area(
      '97504',
      'Biddle Rd',
      'E Barnett Rd',
      'Crater Lake Ave',
      'E McAndrews Rd',
      'Delta Waters Rd',
      'Black Oak Dr',
      'Springbrook Rd',
      'N Phoenix Rd',
      'Hillcrest Rd',
      'Spring St',
    ),
  ),
  town(
    'Ashland',
    true,
    2500,
    1.6,
    area('97520', 'Siskiyou Blvd', 'E Main St', 'Ashland St', 'N Main St', 'Tolman Creek Rd', 'Walker Ave', 'Oak St', 'Clay St', 'A St'),
  ),
  town('Central Point', true, 1900, 1.2, area('97502', 'E Pine St', 'W Pine St', 'S Front St', 'N 10th St', 'Freeman Rd', 'Scenic Ave', 'Hamrick Rd')),
  town('Eagle Point', false, 900, 0.9, area('97524', 'S Shasta Ave', 'W Main St', 'Loto St', 'Royal Ave', 'Linn Rd')),
  town('White City', true, 8900, 1.0, area('97503', 'Antelope Rd', 'Avenue G', 'Agate Rd', 'Atlantic Ave', 'Crater Lake Hwy')),
  town('Jacksonville', false, 700, 0.7, area('97530', 'California St', 'N 5th St', 'C St', 'N Oregon St')),
  town('Phoenix', true, 4200, 0.8, area('97535', 'N Main St', '1st St', 'Bear Creek Dr', 'Fern Valley Rd', 'Colver Rd')),
  town('Talent', true, 900, 0.7, area('97540', 'W Valley View Rd', 'Talent Ave', 'Main St', 'Wagner St')),
  town('Shady Cove', false, 22000, 0.8, area('97539', 'Crater Lake Hwy', 'Rogue River Dr', 'Indian Creek Rd')),
  town('Rogue River', false, 700, 0.7, area('97537', 'E Main St', 'Depot St', 'Pine St', 'E Evans Creek Rd')),
  town('Gold Hill', false, 600, 0.6, area('97525', '2nd Ave', 'Dardanelles St', '4th Ave', 'Sams Valley Hwy')),
  town('Butte Falls', false, 500, 0.4, area('97522', 'Broad St', 'Fir Ave', 'Butte Falls Hwy')),
];

export const JACKSON_COUNTY_ZIPS: readonly string[] = TOWNS.flatMap((town) => town.areas.map((area) => area.zip));

export function townNamed(name: TownName): Town {
  const town = TOWNS.find((candidate) => candidate.name === name);
  if (!town) throw new Error(`Unknown town: ${name}`);
  return town;
}

interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

// zipcodes is CommonJS without type declarations; load it through require and type what we use.
const zipcodes = createRequire(import.meta.url)('zipcodes') as { lookup(zip: string): ZipRecord | undefined };

export function zipCentre(zip: string): { latitude: number; longitude: number } {
  const record = zipcodes.lookup(zip);
  if (!record || record.state !== 'OR') throw new Error(`The zipcodes package has no Oregon record for ${zip}`);
  return { latitude: record.latitude, longitude: record.longitude };
}

const KM_PER_DEGREE_LATITUDE = 111.32;

/** A point a short, random distance from the ZIP centre, so offices in one town are not stacked. */
export function nearZipCentre(random: Random, zip: string, spreadKm: number): { latitude: number; longitude: number } {
  const centre = zipCentre(zip);
  const distanceKm = spreadKm * Math.sqrt(0.02 + 0.98 * random.float());
  const bearing = random.float() * 2 * Math.PI;
  const latitude = centre.latitude + (distanceKm * Math.cos(bearing)) / KM_PER_DEGREE_LATITUDE;
  const kmPerDegreeLongitude = KM_PER_DEGREE_LATITUDE * Math.cos((centre.latitude * Math.PI) / 180);
  const longitude = centre.longitude + (distanceKm * Math.sin(bearing)) / kmPerDegreeLongitude;
  return { latitude: round(latitude, 5), longitude: round(longitude, 5) };
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** A note for members in English and Spanish (the sample carries both; real data may have only English). */
export type BilingualNote = { en: string; es: string };

const TRANSIT_NOTES: readonly BilingualNote[] = [
  { en: 'RVTD bus stop at the front entrance.', es: 'Parada de autobús de RVTD en la entrada principal.' },
  { en: 'RVTD bus stop about one block away.', es: 'Parada de autobús de RVTD a una cuadra, más o menos.' },
  { en: 'RVTD bus stop about two blocks away.', es: 'Parada de autobús de RVTD a unas dos cuadras.' },
  { en: 'RVTD bus stop across the street.', es: 'Parada de autobús de RVTD al otro lado de la calle.' },
];

/** RVTD serves Medford, Central Point, White City, Phoenix, Talent and Ashland, not every street. */
export function transitNote(random: Random, town: Town): BilingualNote | undefined {
  if (!town.onBusNetwork || !random.chance(0.85)) return undefined;
  return random.pick(TRANSIT_NOTES);
}
