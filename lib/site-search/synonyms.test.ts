import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { checkSearchWords } from './check-synonyms';
import { synonymsFor } from './expand';
import { loadSearchWords, readSearchWords, SYNONYMS_FILE_NAME } from './synonyms';

let root = '';
let savedContentDir: string | undefined;

function writeWords(locale: 'en' | 'es', text: string): string {
  const file = path.join(root, locale, SYNONYMS_FILE_NAME);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-words-'));
  savedContentDir = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = root;
});

afterEach(() => {
  if (savedContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedContentDir;
  fs.rmSync(root, { recursive: true, force: true });
});

const VALID = `suggestions:
  - medicines
synonyms:
  - words: [meds, pills]
    alsoSearch: [medicines]
  - words: [er]
    alsoSearch: [emergency room]
`;

describe('search words files', () => {
  it('reads a valid file, and a missing one as no words', () => {
    writeWords('en', VALID);
    expect(loadSearchWords('en')).toEqual({
      suggestions: ['medicines'],
      synonyms: [
        { words: ['meds', 'pills'], alsoSearch: ['medicines'] },
        { words: ['er'], alsoSearch: ['emergency room'] },
      ],
    });
    expect(readSearchWords('es')).toEqual({ words: { suggestions: [], synonyms: [] }, issues: [] });
  });

  it('names the file, line and field of each mistake, and says how to fix it', () => {
    const file = writeWords(
      'es',
      `synonyms:
  - words: [medicinas]
    alsoSearch: medicamentos
  - words: [x]
    alsoSerch: [doctor]
`,
    );
    const issues = checkSearchWords();
    const relative = displayPath(file);
    expect(issues).toEqual([
      { file: relative, line: 3, field: 'synonyms.0.alsoSearch', message: 'write the words our pages use as a list in square brackets, like [meds, pills]' },
      { file: relative, line: 4, field: 'synonyms.1.words.0', message: 'this is too short: write at least two letters' },
      { file: relative, line: 4, field: 'synonyms.1.alsoSearch', message: 'write the words our pages use as a list in square brackets, like [meds, pills]' },
      { file: relative, line: 5, field: 'synonyms.1.alsoSerch', message: '"alsoSerch" is not a field here. Remove it or check its spelling.' },
    ]);
    expect(() => loadSearchWords('es')).toThrow(/search-synonyms\.yaml:3: synonyms\.0\.alsoSearch/);
  });

  it('reports YAML that cannot be read with its line', () => {
    writeWords('en', 'synonyms:\n  - words: [meds\n    alsoSearch: [medicines]\n');
    const [issue] = checkSearchWords();
    expect(issue?.file).toMatch(/en\/search-synonyms\.yaml$/);
    expect(issue?.line).toBeGreaterThanOrEqual(2);
    expect(issue?.message).toMatch(/not valid YAML/);
  });

  it('reports a member word listed in two entries, pointing at both lines', () => {
    writeWords(
      'en',
      `synonyms:
  - words: [meds, pills]
    alsoSearch: [medicines]
  - words:
      - tablets
      - Pills
    alsoSearch: [medications]
`,
    );
    expect(checkSearchWords()).toEqual([
      {
        file: expect.stringMatching(/en\/search-synonyms\.yaml$/),
        line: 6,
        field: 'synonyms.1.words.1',
        message: '"Pills" is already listed on line 2: keep each word in one entry only (move this entry\'s other words there)',
      },
    ]);
  });
});

describe('synonymsFor', () => {
  const words = {
    suggestions: [],
    synonyms: [
      { words: ['meds'], alsoSearch: ['medicines'] },
      { words: ['doctor'], alsoSearch: ['primary care provider'] },
      { words: ['switch doctor', 'cambiar de médico'], alsoSearch: ['switch providers'] },
      { words: ['er'], alsoSearch: ['emergency room', 'ER'] },
    ],
  };

  it('adds the page words for whole member words, any case, accents and plurals aside', () => {
    expect(synonymsFor('My MEDS', words)).toEqual(['medicines']);
    expect(synonymsFor('doctors near me', words)).toEqual(['primary care provider']);
    expect(synonymsFor('cambiar de medico', words)).toEqual(['switch providers']);
    expect(synonymsFor('where is the ER', words)).toEqual(['emergency room', 'ER']);
  });

  it('lets the longer phrase win over a word inside it', () => {
    expect(synonymsFor('switch doctor', words)).toEqual(['switch providers']);
    expect(synonymsFor('switch doctor or see a doctor', words)).toEqual(['switch providers', 'primary care provider']);
  });

  it('adds nothing for words that are only part of a word', () => {
    expect(synonymsFor('medsafe ermine', words)).toEqual([]);
  });
});

describe('content:check', () => {
  it('checks the search words files beside the pages without calling them misplaced pages', { timeout: 60_000 }, async () => {
    const { checkContent } = await import('@/lib/content/check');
    fs.cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
    const messagesDir = path.join(process.cwd(), 'messages');
    // Only the words files' issues: the rest of the content is checked by lib/content's own tests.
    const aboutWordsFiles = async () => (await checkContent({ messagesDir })).issues.filter((issue) => issue.file.endsWith(SYNONYMS_FILE_NAME));
    expect(await aboutWordsFiles()).toEqual([]);

    const file = writeWords('en', 'synonyms:\n  - words: [meds]\n    alsoSearch: [medicines]\n    note: hi\n');
    expect(await aboutWordsFiles()).toEqual([
      { file: displayPath(file), line: 4, field: 'synonyms.0.note', message: '"note" is not a field here. Remove it or check its spelling.' },
    ]);
  });
});
