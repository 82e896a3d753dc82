import Form from 'next/form';
import { getTranslations } from '@/i18n/translations';
import { choiceInputClass as check, inputClass as field, labelClass as labelText } from '@/components/forms/field-styles';
import type { Locale } from '@/i18n/routing';
import {
  ageChoices,
  accessibilityChoices,
  careKinds,
  distanceChoices,
  genderChoices,
  languageChoices,
  MAX_NAME_LENGTH,
  patientChoices,
  specialistCodes,
} from '@/lib/directory/search/options';
import type { SearchQuery } from '@/lib/directory/search/params';
import { languageName } from './labels';
import { byDataKey } from '@/i18n/translator';
import { UseMyLocation } from './use-my-location';
import { localePath } from '@/i18n/alternates';

type SearchFormProps = { locale: Locale; query: SearchQuery; placeError: string | null };

/**
 * The search as a GET form: it works without JavaScript, and the address holds the whole search so
 * it can be shared and the back button restores it. next/form makes it a client-side navigation
 * when JavaScript is on. Secondary filters sit in a <details> so a phone shows a short form first.
 */
export async function SearchForm({ locale, query, placeError }: SearchFormProps) {
  const t = await getTranslations({ locale });
  const moreCount = (query.interpreter ? 1 : 0) + (query.asl ? 1 : 0) + (query.gender ? 1 : 0) + (query.telehealth ? 1 : 0) + query.access.length;
  const careValue = query.care === 'specialist' && query.specialty ? query.specialty : (query.care ?? '');
  const languages = languageChoices
    .map((code) => ({ code, name: languageName(code, locale, byDataKey(t)) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  if (query.language && !languageChoices.some((code) => code === query.language))
    languages.unshift({ code: query.language as never, name: languageName(query.language, locale, byDataKey(t)) });

  return (
    <Form
      action={localePath(locale, '/find-a-provider')}
      className="no-print rounded-lg border-2 border-gray-200 bg-white p-4 md:p-6"
      aria-labelledby="search-form-title"
    >
      <h2 id="search-form-title" className="text-2xl font-bold text-brand-900">
        {t('ProviderSearch.formLabel')}
      </h2>
      {/* The order chosen above the results survives changing the search. */}
      {query.sort === 'distance' ? null : <input type="hidden" name="sort" value={query.sort} />}
      <div className="mt-4 grid gap-5 md:grid-cols-2">
        <div>
          <label htmlFor="search-care" className={labelText}>
            {t('ProviderSearch.careLabel')}
          </label>
          <select id="search-care" name="care" defaultValue={careValue} className={field}>
            <option value="">{t('ProviderSearch.careAny')}</option>
            {careKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`ProviderSearch.care.${kind}`)}
              </option>
            ))}
            <optgroup label={t('ProviderSearch.specialtyLabel')}>
              {specialistCodes
                .map((code) => ({ code, name: t(`Specialty.${code}`) }))
                .sort((a, b) => a.name.localeCompare(b.name, locale))
                .map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
            </optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="search-name" className={labelText}>
            {t('ProviderSearch.nameLabel')}
          </label>
          <p id="search-name-hint" className="text-base text-muted">
            {t('ProviderSearch.nameHint')}
          </p>
          <input
            id="search-name"
            name="name"
            type="search"
            defaultValue={query.name}
            maxLength={MAX_NAME_LENGTH * 2}
            autoComplete="off"
            aria-describedby="search-name-hint"
            className={field}
          />
        </div>
        <div>
          <label htmlFor="search-near" className={labelText}>
            {t('ProviderSearch.placeLabel')}
          </label>
          <p id="search-near-hint" className="text-base text-muted">
            {t('ProviderSearch.placeHint')}
          </p>
          {placeError ? (
            <p id="search-near-error" className="mt-1 font-bold text-red-800">
              {placeError}
            </p>
          ) : null}
          <input
            id="search-near"
            name="near"
            type="text"
            defaultValue={query.place}
            autoComplete="postal-code"
            aria-describedby={placeError ? 'search-near-hint search-near-error' : 'search-near-hint'}
            aria-invalid={placeError ? true : undefined}
            className={`${field} ${placeError ? 'border-red-800' : ''}`}
          />
          <UseMyLocation
            inputId="search-near"
            text={{
              button: t('ProviderSearch.useMyLocation'),
              locating: t('ProviderSearch.locating'),
              denied: t('ProviderSearch.locationDenied'),
              unavailable: t('ProviderSearch.locationUnavailable'),
            }}
          />
        </div>
        <div>
          <label htmlFor="search-miles" className={labelText}>
            {t('ProviderSearch.milesLabel')}
          </label>
          <select id="search-miles" name="miles" defaultValue={String(query.miles)} className={field}>
            {distanceChoices.map((miles) => (
              <option key={miles} value={miles}>
                {t('ProviderSearch.miles', { miles })}
              </option>
            ))}
          </select>
        </div>
        {/* The language a provider speaks is the filter members need most, so it is on the first screen. */}
        <div className="md:col-span-2">
          <label htmlFor="search-lang" className={labelText}>
            {t('ProviderSearch.languageLabel')}
          </label>
          <select id="search-lang" name="lang" defaultValue={query.language ?? ''} className={field}>
            <option value="">{t('ProviderSearch.languageAny')}</option>
            {languages.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="md:col-span-2">
          <legend className={labelText}>{t('ProviderSearch.patientsLabel')}</legend>
          <div className="mt-1 flex flex-col gap-2 md:flex-row md:gap-8">
            {patientChoices.map((choice) => (
              <label key={choice} className="flex items-start gap-3 text-lg">
                <input type="radio" name="patients" value={choice} defaultChecked={query.patients === choice} className={check} />
                {t(`ProviderSearch.patients.${choice}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="md:col-span-2">
          <legend className={labelText}>{t('ProviderSearch.agesLabel')}</legend>
          <div className="mt-1 flex flex-col gap-2 md:flex-row md:gap-8">
            {(['', ...ageChoices] as const).map((ages) => (
              <label key={ages || 'any'} className="flex items-start gap-3 text-lg">
                <input type="radio" name="ages" value={ages} defaultChecked={(query.ages ?? '') === ages} className={check} />
                {t(`ProviderSearch.ages.${ages || 'any'}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <details className="mt-5 rounded-md border-2 border-gray-200" open={moreCount > 0 ? true : undefined}>
        <summary className="cursor-pointer px-4 py-3 text-lg font-bold text-brand-800">
          {moreCount > 0 ? t('ProviderSearch.moreFiltersActive', { count: moreCount }) : t('ProviderSearch.moreFilters')}
        </summary>
        <div className="grid gap-5 border-t-2 border-gray-200 p-4 md:grid-cols-2">
          <div>
            <label className="flex items-start gap-3 text-lg">
              <input
                type="checkbox"
                name="interpreter"
                value="1"
                defaultChecked={query.interpreter}
                aria-describedby="search-interpreter-hint"
                className={check}
              />
              <span>
                {t('ProviderSearch.interpreterLabel')}
                <span id="search-interpreter-hint" className="block text-base text-muted">
                  {t('ProviderSearch.interpreterHint')}
                </span>
              </span>
            </label>
            <label className="mt-3 flex items-start gap-3 text-lg">
              <input type="checkbox" name="asl" value="1" defaultChecked={query.asl} className={check} />
              {t('ProviderSearch.aslLabel')}
            </label>
          </div>
          <div className="space-y-5">
            <fieldset>
              <legend className={labelText}>{t('ProviderSearch.genderLabel')}</legend>
              <div className="mt-1 space-y-2">
                {(['', ...genderChoices] as const).map((gender) => (
                  <label key={gender || 'any'} className="flex items-start gap-3 text-lg">
                    <input type="radio" name="gender" value={gender} defaultChecked={(query.gender ?? '') === gender} className={check} />
                    {gender ? t(`ProviderSearch.gender.${gender}`) : t('ProviderSearch.genderAny')}
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="flex items-start gap-3 text-lg">
              <input type="checkbox" name="telehealth" value="1" defaultChecked={query.telehealth} className={check} />
              {t('ProviderSearch.telehealthLabel')}
            </label>
          </div>
          <fieldset className="md:col-span-2">
            <legend className={labelText}>{t('ProviderSearch.accessLabel')}</legend>
            <div className="mt-1 grid gap-2 md:grid-cols-2">
              {accessibilityChoices.map((feature) => (
                <label key={feature} className="flex items-start gap-3 text-lg">
                  <input type="checkbox" name="access" value={feature} defaultChecked={query.access.includes(feature)} className={check} />
                  {byDataKey(t)(`Accessibility.${feature}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </details>

      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 focus-visible:outline-4">
          {t('ProviderSearch.submit')}
        </button>
        <a href={localePath(locale, '/find-a-provider')} className="text-lg">
          {t('ProviderSearch.clear')}
        </a>
      </div>
    </Form>
  );
}
