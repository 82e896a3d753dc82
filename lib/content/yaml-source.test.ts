import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml } from './yaml-source';

const schema = z.strictObject({ name: z.string(), phone: z.string() });

describe('parseYaml', () => {
  it('parses an unchanged text once per process and shares the result', () => {
    const text = 'name: Jackson Care Connect\nphone: 541-734-5581\n';
    const first = parseYaml(text, schema, 'content/plan.yaml');
    expect(first.data).toEqual({ name: 'Jackson Care Connect', phone: '541-734-5581' });
    expect(parseYaml(text, schema, 'content/plan.yaml')).toBe(first);
  });

  it('sees an edited file at once, with the line of a new mistake', () => {
    const before = parseYaml('name: Plan A\nphone: "1"\n', schema, 'content/edited.yaml');
    const after = parseYaml('name: Plan B\nphone: "1"\ncolour: red\n', schema, 'content/edited.yaml');
    expect(before.data?.name).toBe('Plan A');
    expect(after.data).toBeUndefined();
    expect(after.issues).toEqual([expect.objectContaining({ file: 'content/edited.yaml', line: 3, field: 'colour' })]);
  });

  it('keeps the results of one text apart per schema and per file', () => {
    const text = 'name: Plan\nphone: "2"\n';
    const loose = z.object({ name: z.string() });
    expect(parseYaml(text, loose, 'a.yaml').data).toEqual({ name: 'Plan' });
    expect(parseYaml(text, schema, 'a.yaml').data).toEqual({ name: 'Plan', phone: '2' });
    expect(parseYaml('name: [', schema, 'b.yaml').issues[0]?.file).toBe('b.yaml');
    expect(parseYaml('name: [', schema, 'c.yaml').issues[0]?.file).toBe('c.yaml');
  });
});
