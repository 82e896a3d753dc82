import { describe, expect, it } from 'vitest';
import { withoutScripts } from './floor-server';
import type { PageFigures } from './lighthouse-audit';
import type { LoadResult } from './load-targets';
import { contentPageVerdicts, formPageVerdict, loadVerdicts, spread } from './page-goals';

const figures = (performance: number, tbt = 50, lcp = 1500, others = 100): PageFigures => ({
  scores: { performance, accessibility: others, 'best-practices': 100, seo: 100 },
  totalBlockingTimeMs: tbt,
  largestContentfulPaintMs: lcp,
  firstContentfulPaintMs: 900,
  transferBytes: 30_000,
  benchmarkIndex: 3000,
});

describe('the figures of several Lighthouse runs', () => {
  it('are their median and spread', () => {
    expect(spread([83, 60, 72])).toEqual({ median: 72, min: 60, max: 83 });
    expect(spread([1, 2, 3, 10])).toEqual({ median: 2.5, min: 1, max: 10 });
  });
});

describe("a content page is judged beside its floor, as the issue's goals say", () => {
  it('meets the goals within 3 points of its floor, TBT ≤ 200 ms, LCP ≤ 2 s and 100 elsewhere', () => {
    const verdicts = contentPageVerdicts({ page: '/en', kind: 'content', runs: [figures(97), figures(98), figures(99)], floorRuns: [figures(100)] });
    expect(verdicts.every((verdict) => verdict.met)).toBe(true);
  });

  it('misses when the framework costs more than 3 points, blocks too long, paints late or loses accessibility', () => {
    const verdicts = contentPageVerdicts({ page: '/en', kind: 'content', runs: [figures(72, 660, 2100, 95)], floorRuns: [figures(98)] });
    expect(verdicts.map((verdict) => verdict.met)).toEqual([false, false, false, false]);
  });

  it('judges forms on 90 alone', () => {
    expect(formPageVerdict({ page: '/en/feedback', kind: 'form', runs: [figures(90)], floorRuns: [] }).met).toBe(true);
    expect(formPageVerdict({ page: '/en/feedback', kind: 'form', runs: [figures(89)], floorRuns: [] }).met).toBe(false);
  });
});

describe('the load goals', () => {
  const row = (name: string, clients: number, p50Ms: number, ratioToFhir: number | null, ratioToContent: number | null = null): LoadResult => ({
    name,
    path: '/',
    clients,
    requests: 100,
    perSecond: 25,
    p50Ms,
    p95Ms: p50Ms * 2,
    failures: {},
    ratioToFhir,
    ratioToContent,
  });

  it('compare the directory to the FHIR search and site search to a content page', () => {
    const verdicts = loadVerdicts([
      row('directory near a ZIP', 1, 39.8, 0.18),
      row('directory near a ZIP', 10, 333, 0.16),
      row('site search', 10, 134, 0.39, 0.19),
    ]);
    expect(verdicts.map((verdict) => [verdict.what, verdict.met])).toEqual([
      ['directory near a ZIP, 10 clients', false],
      ['directory near a ZIP, 1 client', false],
      ['site search, 10 clients', false],
    ]);
    expect(loadVerdicts([row('directory near a ZIP', 1, 20, 0.6), row('directory near a ZIP', 10, 40, 0.55)]).every((verdict) => verdict.met)).toBe(true);
  });
});

describe('the floor', () => {
  it('is the page without any script or script preload, CSS kept', () => {
    const html =
      '<head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/_next/x.js"/><script src="/enhance.js" async=""></script><script>self.__next_f=1</script></head><body><h1>Hi</h1></body>';
    expect(withoutScripts(html)).toBe('<head><link rel="stylesheet" href="/a.css"/></head><body><h1>Hi</h1></body>');
  });
});
