import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sortedAttributes } from '@/tests/markup';
import { ChoiceGroup } from './choice-group';

const found = { yes: 'Yes', partly: 'Partly', no: 'No' };

describe('ChoiceGroup', () => {
  it('asks its question in the legend and numbers its options from the id prefix, checking what was chosen', () => {
    const html = renderToStaticMarkup(
      <ChoiceGroup idPrefix="feedback-found" name="found" legend="Did you find it?" options={found} checked="partly" required />,
    );
    expect(html).toMatch(/^<fieldset><legend class="text-lg font-bold">Did you find it\?<\/legend>/);
    expect(sortedAttributes(html).match(/<input [^>]*>/g)).toEqual([
      '<input class="mt-1 size-6 shrink-0 accent-brand-700" id="feedback-found-0" name="found" required="" type="radio" value="yes"/>',
      '<input checked="" class="mt-1 size-6 shrink-0 accent-brand-700" id="feedback-found-1" name="found" required="" type="radio" value="partly"/>',
      '<input class="mt-1 size-6 shrink-0 accent-brand-700" id="feedback-found-2" name="found" required="" type="radio" value="no"/>',
    ]);
  });

  it('ties its hint and error to the fieldset, hint first, so a screen reader reads both with the question', () => {
    const html = renderToStaticMarkup(
      <ChoiceGroup
        idPrefix="feedback-ease"
        name="ease"
        legend="How easy was it?"
        hint="1 is very hard."
        error="Choose a number from 1 to 5."
        options={{ '1': '1', '2': '2' }}
        checked=""
      />,
    );
    expect(html).toContain('<fieldset aria-describedby="feedback-ease-hint feedback-ease-error">');
    expect(html.indexOf('id="feedback-ease-hint"')).toBeLessThan(html.indexOf('id="feedback-ease-error"'));
    expect(html).toContain('<p id="feedback-ease-error" class="mt-1 font-bold text-red-800">Choose a number from 1 to 5.</p>');
  });

  it('has no description while there is neither hint nor error (the listing report before a mistake)', () => {
    const html = renderToStaticMarkup(
      <ChoiceGroup idPrefix="report-problem" name="problem" legend="What is wrong?" options={{ other: 'Something else' }} checked="" />,
    );
    expect(html).toMatch(/^<fieldset><legend/);
    expect(html).not.toContain('report-problem-error');
  });

  it('offers checkboxes that keep several choices and are never each required', () => {
    const html = renderToStaticMarkup(
      <ChoiceGroup
        idPrefix="search-lang"
        name="lang"
        type="checkbox"
        legend="Languages"
        options={{ es: 'Spanish', ru: 'Russian', vi: 'Vietnamese' }}
        checked={['es', 'vi']}
        required
      />,
    );
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).not.toContain('required');
  });
});
