/**
 * Queries that ask for a kind of provider ("dentist", "pediatra", "OB", "psiquiatra") get a link
 * straight into the provider search with that filter set. The words are matched whole, accents,
 * case and a plural aside; the filter values are those of lib/directory/search/options.ts.
 */
import type { Locale } from '@/i18n/routing';
import type { CareKind } from '@/lib/directory/search/options';
import { containsPhrase, foldedWords } from './normalize';

export type ProviderFilter = { care: CareKind; specialty: string | null };

type KindWords = { filter: ProviderFilter; words: Record<Locale, string[]> };

const care = (kind: CareKind): ProviderFilter => ({ care: kind, specialty: null });
const specialist = (code: string): ProviderFilter => ({ care: 'specialist', specialty: code });

/** Most specific first: "child psychiatrist" is mental health, "children's dentist" is dental. */
const kinds: KindWords[] = [
  {
    filter: care('urgent-care'),
    words: { en: ['urgent care', 'walk in clinic', 'walk-in clinic'], es: ['atencion de urgencia', 'urgencias', 'clinica sin cita'] },
  },
  { filter: care('emergency'), words: { en: ['emergency room', 'er'], es: ['sala de emergencias', 'sala de emergencia'] } },
  { filter: care('pharmacy'), words: { en: ['pharmacy', 'pharmacies', 'drugstore', 'drug store'], es: ['farmacia', 'farmacias', 'botica'] } },
  { filter: care('lab'), words: { en: ['lab', 'labs', 'laboratory', 'blood test', 'blood draw'], es: ['laboratorio', 'laboratorios', 'analisis de sangre'] } },
  { filter: care('hospital'), words: { en: ['hospital', 'hospitals'], es: ['hospital', 'hospitales'] } },
  {
    filter: care('dental'),
    words: {
      en: ['dentist', 'dental', 'orthodontist', 'teeth', 'tooth', 'braces', 'oral surgeon', 'hygienist'],
      es: ['dentista', 'dental', 'odontologo', 'odontologa', 'ortodoncista', 'dientes', 'diente', 'muela', 'muelas', 'frenos'],
    },
  },
  {
    filter: care('behavioral-health'),
    words: {
      en: [
        'counselor',
        'counseling',
        'therapist',
        'psychiatrist',
        'psychiatry',
        'psychologist',
        'mental health provider',
        'social worker',
        'addiction counselor',
      ],
      es: [
        'consejero',
        'consejera',
        'consejeria',
        'terapeuta',
        'psiquiatra',
        'psiquiatria',
        'psicologo',
        'psicologa',
        'trabajador social',
        'trabajadora social',
      ],
    },
  },
  {
    filter: care('pregnancy'),
    words: {
      en: ['ob', 'obgyn', 'ob gyn', 'obstetrician', 'gynecologist', 'midwife', 'midwives'],
      es: ['ob', 'obstetra', 'ginecologo', 'ginecologa', 'partera', 'parteras', 'comadrona', 'matrona'],
    },
  },
  {
    filter: care('pediatrics'),
    words: {
      en: ['pediatrician', 'pediatrics', 'kids doctor', 'childrens doctor', 'children s doctor', 'baby doctor'],
      es: ['pediatra', 'pediatria', 'doctor para ninos', 'medico para ninos', 'doctor de ninos'],
    },
  },
  {
    filter: care('primary-care'),
    words: {
      en: ['pcp', 'primary care provider', 'primary care doctor', 'family doctor', 'family medicine'],
      es: ['pcp', 'medico de cabecera', 'doctor de cabecera', 'medico familiar', 'medico de familia', 'proveedor de atencion primaria'],
    },
  },
  { filter: specialist('207RC0000X'), words: { en: ['cardiologist', 'cardiology', 'heart doctor'], es: ['cardiologo', 'cardiologa', 'cardiologia'] } },
  { filter: specialist('207N00000X'), words: { en: ['dermatologist', 'dermatology', 'skin doctor'], es: ['dermatologo', 'dermatologa', 'dermatologia'] } },
  { filter: specialist('207W00000X'), words: { en: ['ophthalmologist', 'ophthalmology', 'eye doctor'], es: ['oftalmologo', 'oftalmologa', 'oculista'] } },
  {
    filter: specialist('152W00000X'),
    words: { en: ['optometrist', 'optometry', 'eye exam', 'glasses'], es: ['optometrista', 'examen de la vista', 'lentes', 'anteojos'] },
  },
  { filter: specialist('213E00000X'), words: { en: ['podiatrist', 'podiatry', 'foot doctor'], es: ['podologo', 'podologa', 'podiatra'] } },
  { filter: specialist('207Y00000X'), words: { en: ['ent', 'ear nose and throat', 'otolaryngologist'], es: ['otorrino', 'otorrinolaringologo'] } },
  { filter: specialist('2084N0400X'), words: { en: ['neurologist', 'neurology'], es: ['neurologo', 'neurologa', 'neurologia'] } },
  {
    filter: specialist('207X00000X'),
    words: { en: ['orthopedist', 'orthopedic', 'orthopedics', 'bone doctor'], es: ['ortopedista', 'traumatologo', 'ortopedia'] },
  },
  { filter: specialist('207RE0101X'), words: { en: ['endocrinologist', 'endocrinology'], es: ['endocrinologo', 'endocrinologa', 'endocrinologia'] } },
  { filter: specialist('207RG0100X'), words: { en: ['gastroenterologist', 'gastroenterology'], es: ['gastroenterologo', 'gastroenterologa'] } },
  {
    filter: specialist('207RH0003X'),
    words: { en: ['oncologist', 'oncology', 'cancer doctor', 'hematologist'], es: ['oncologo', 'oncologa', 'oncologia', 'hematologo'] },
  },
  { filter: specialist('207RN0300X'), words: { en: ['nephrologist', 'kidney doctor'], es: ['nefrologo', 'nefrologa'] } },
  { filter: specialist('207RP1001X'), words: { en: ['pulmonologist', 'lung doctor'], es: ['neumologo', 'neumologa'] } },
  { filter: specialist('207RR0500X'), words: { en: ['rheumatologist', 'rheumatology'], es: ['reumatologo', 'reumatologa'] } },
  { filter: specialist('208800000X'), words: { en: ['urologist', 'urology'], es: ['urologo', 'urologa'] } },
  { filter: specialist('207K00000X'), words: { en: ['allergist', 'allergy doctor'], es: ['alergologo', 'alergologa', 'alergista'] } },
  { filter: specialist('208600000X'), words: { en: ['surgeon', 'general surgery'], es: ['cirujano', 'cirujana'] } },
];

/** The provider-search filter a query asks for, or null when it does not name a kind of provider. */
export function providerFilterFor(locale: Locale, query: string): ProviderFilter | null {
  const typed = foldedWords(query);
  return kinds.find((kind) => kind.words[locale].some((phrase) => containsPhrase(typed, phrase.split(' '))))?.filter ?? null;
}
