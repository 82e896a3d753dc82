import { describe, expect, it } from 'vitest';
import { sectionAnchorOf } from './anchors';

// The home page's "Urgent care or the ER?" link lands on the care guide's heading in each language.
describe('sectionAnchorOf on the shipped primary care page', () => {
  it('finds the heading above the care guide, as the rendered page slugs it', () => {
    expect(sectionAnchorOf('en', 'primary-care', 'CareGuide')).toBe('where-to-go-for-care');
    expect(sectionAnchorOf('es', 'primary-care', 'CareGuide')).toBe('adónde-ir-para-recibir-atención');
  });

  it('gives nothing for a component or page that is not there', () => {
    expect(sectionAnchorOf('en', 'primary-care', 'Checklist')).toBeUndefined();
    expect(sectionAnchorOf('en', 'no-such-page', 'CareGuide')).toBeUndefined();
  });
});
