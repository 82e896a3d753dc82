/** Invents the person behind each practitioner: gender, name, credential, languages, NPI, license. */
import { daysBefore } from './dates';
import { spokenLanguages, type SpokenLanguage } from './languages';
import { HERITAGE_WEIGHTS, NAME_POOLS, UNISEX_GIVEN, type Heritage } from './names';
import type { NpiRegistry } from './npi';
import { Random } from './random';
import type { StaffMember } from './staffing';
import type { Board } from './taxonomy';

export interface Person {
  gender: 'female' | 'male' | 'other';
  heritage: Heritage;
  given: string[];
  family: string;
  credential: string;
  languages: SpokenLanguage[];
  npi: string;
  license: { issuer: string; system: string; value: string; start: string; end: string };
}

const BOARDS: Readonly<Record<Board, { issuer: string; system: string; prefix: string }>> = {
  medical: { issuer: 'Oregon Medical Board', system: 'https://www.oregon.gov/omb', prefix: 'MD' },
  nursing: { issuer: 'Oregon State Board of Nursing', system: 'https://www.oregon.gov/osbn', prefix: 'NP' },
  dentistry: { issuer: 'Oregon Board of Dentistry', system: 'https://www.oregon.gov/dentistry', prefix: 'D' },
  psychology: { issuer: 'Oregon Board of Psychology', system: 'https://www.oregon.gov/psychology', prefix: 'PSY' },
  'social-work': { issuer: 'Oregon Board of Licensed Social Workers', system: 'https://www.oregon.gov/blsw', prefix: 'L' },
  counseling: { issuer: 'Oregon Board of Licensed Professional Counselors and Therapists', system: 'https://www.oregon.gov/oblpct', prefix: 'C' },
  addiction: { issuer: 'Mental Health & Addiction Certification Board of Oregon', system: 'https://www.mhacbo.org', prefix: 'CADC' },
  optometry: { issuer: 'Oregon Board of Optometry', system: 'https://www.oregon.gov/obo', prefix: 'OD' },
};

export function invent(seed: number, member: StaffMember, today: string, npis: NpiRegistry, takenNames: Set<string>): Person {
  const random = Random.stream(seed, 'person', member.index);
  const { specialty } = member;
  const communityHealth = member.postings.some((posting) => posting.clinic.plan.kind === 'community-health');
  const heritage = random.weighted(HERITAGE_WEIGHTS.map(([name, weight]) => [name, name === 'hispanic' && communityHealth ? weight * 1.9 : weight] as const));
  const gender = random.chance(0.01) ? 'other' : random.chance(specialty.female) ? 'female' : 'male';
  let name = inventName(random, heritage, gender);
  for (let attempt = 0; takenNames.has(name.key) && attempt < 50; attempt++) name = inventName(random, heritage, gender);
  takenNames.add(name.key);
  const board = BOARDS[specialty.board];
  const credential = random.weighted(specialty.credentials);
  const yearsLicensed = random.int(1, 32);
  return {
    gender,
    heritage,
    given: name.given,
    family: name.family,
    credential,
    languages: spokenLanguages(random, { heritage, communityHealth, behavioral: specialty.category === 'behavioral' }),
    npi: npis.issue(random, 1),
    license: {
      issuer: board.issuer,
      system: board.system,
      value: `${credential === 'DO' ? 'DO' : credential === 'PA-C' ? 'PA' : board.prefix}${random.int(10000, 99999)}`,
      start: daysBefore(today, yearsLicensed * 365 + random.int(0, 300)),
      end: daysBefore(today, -random.int(60, 720)),
    },
  };
}

function inventName(random: Random, heritage: Heritage, gender: Person['gender']): { given: string[]; family: string; key: string } {
  const pool = NAME_POOLS[heritage];
  const favourite = pool.favourite && gender !== 'other' && random.chance(0.12) ? pool.favourite[gender] : undefined;
  const first = favourite ?? (gender === 'other' ? random.pick(UNISEX_GIVEN) : random.pick(gender === 'female' ? pool.female : pool.male));
  const given = [first];
  if (heritage === 'hispanic' && gender !== 'other' && random.chance(0.15)) {
    const second = random.pick(gender === 'female' ? pool.female : pool.male);
    if (second !== first) given.push(second);
  } else if ((heritage === 'anglo' || heritage === 'hispanic') && random.chance(0.25)) {
    given.push(`${random.pick([...'ABCDEFGHJKLMNPRSTW'])}.`);
  }
  const familyIndex = random.int(0, pool.family.length - 1);
  let family = (gender === 'female' && pool.familyFemale ? pool.familyFemale : pool.family)[familyIndex] ?? random.pick(pool.family);
  // Many Latin American families keep both surnames.
  const maternal = random.pick(pool.family);
  if (heritage === 'hispanic' && random.chance(0.12) && maternal !== family) family = `${family} ${maternal}`;
  return { given, family, key: `${given.join(' ')} ${family}` };
}
