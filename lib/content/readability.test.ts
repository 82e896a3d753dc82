import { describe, expect, it } from 'vitest';
import { parseMdxTree } from './mdx-tree';
import { extractProse, readingGrade, textStats } from './readability';

describe('readingGrade', () => {
  it('scores short simple text lower than long complex text', () => {
    const simple = 'Call us. We can help. Bring your card.';
    const complex =
      'Beneficiaries experiencing difficulties obtaining authorization for specialized rehabilitative equipment should immediately contact their designated coordinated care organization representative, who will investigate alternative procurement opportunities.';
    expect(readingGrade(simple)).toBeLessThan(3);
    expect(readingGrade(complex)).toBeGreaterThan(16);
    expect(readingGrade(simple)).toBeLessThan(readingGrade(complex));
  });

  it('matches a hand-computed Flesch-Kincaid grade', () => {
    // "Your primary care provider knows your health history."
    // words 8; sentences 1; syllables: your 1, pri-ma-ry 3, care 1, pro-vi-der 3, knows 1, your 1, health 1, his-to-ry 3 = 14
    // 0.39 × 8/1 + 11.8 × 14/8 − 15.59 = 3.12 + 20.65 − 15.59 = 8.18
    expect(textStats('Your primary care provider knows your health history.')).toEqual({ words: 8, sentences: 1, syllables: 14 });
    expect(readingGrade('Your primary care provider knows your health history.')).toBeCloseTo(8.18, 0);
    expect(Math.abs(readingGrade('Your primary care provider knows your health history.') - 8.18)).toBeLessThanOrEqual(1);
  });

  it('counts sentences at . ! ? and blank lines, not inside "8 a.m. to 5 p.m."', () => {
    expect(textStats('We are open 8 a.m. to 5 p.m. on weekdays. Call us! Need help?').sentences).toBe(3);
    expect(textStats('A heading\n\nA list item\n\nAnother one').sentences).toBe(3);
    expect(readingGrade('')).toBe(0);
  });
});

describe('extractProse', () => {
  it('keeps paragraphs, headings, list items, component text and titles; skips frontmatter and code', () => {
    const source = [
      '---',
      'title: Frontmatter title is not prose',
      '---',
      '',
      'Welcome to <PlanName />. Read `this code` now.',
      '',
      '## Where to go',
      '',
      '- A check-up',
      '- A cough that will not go away',
      '',
      '<CareOption kind="pcp" title="Your PCP" when="When it can wait">',
      '',
      'Call your PCP.',
      '',
      '</CareOption>',
      '',
      '```',
      'code block text',
      '```',
    ].join('\n');
    const tree = parseMdxTree(source);
    expect(extractProse(tree).split('\n\n')).toEqual([
      'Welcome to . Read now.',
      'Where to go',
      'A check-up',
      'A cough that will not go away',
      'Your PCP',
      'When it can wait',
      'Call your PCP.',
    ]);
    expect(extractProse(tree, (element) => (element.name === 'PlanName' ? 'Test Care Plan' : undefined))).toMatch(/^Welcome to Test Care Plan\. Read now\./);
  });
});
