import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';

describe('CSV cells', () => {
  it('quotes every cell, so a semicolon-splitting spreadsheet keeps x;=1+2 in one cell', () => {
    expect(csvCell('x;=1+2')).toBe('"x;=1+2"');
    expect(csvCell('Medford')).toBe('"Medford"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe(`"'=1+2"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('doubles quotes and keeps newlines inside the quoted cell', () => {
    expect(csvCell('Muy bien, "gracias"')).toBe('"Muy bien, ""gracias"""');
    expect(csvCell('line one\r\nline two\nthree')).toBe('"line one\r\nline two\nthree"');
  });

  it('writes empty and missing values as an empty quoted cell', () => {
    expect(csvCell('')).toBe('""');
    expect(csvCell(null)).toBe('""');
  });

  it('writes numbers as they are, negative ones included', () => {
    expect(csvCell(5)).toBe('"5"');
    expect(csvCell(-3)).toBe('"-3"');
    expect(csvCell(2.5)).toBe('"2.5"');
  });

  it('joins a line with commas and ends it with CRLF', () => {
    expect(csvLine(['REF1', 2, null, 'a;b'])).toBe('"REF1","2","","a;b"\r\n');
  });
});
