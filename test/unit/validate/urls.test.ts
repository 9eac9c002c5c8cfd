import { describe, expect, it } from 'vitest';
import { extractUrls, firstUrl, matchSource, parsePrefixes } from '../../../src/validate/index';

describe('source URLs', () => {
  it('finds every URL in a multi-source cell, including parentheticals', () => {
    const cell =
      'https://a.org/x ; https://datahelpdesk.worldbank.org/k (CLASS.xlsx FY2025; copy at https://github.com/svmiller/stevedata data-raw) ; years: https://b.org/y';
    expect(extractUrls(cell)).toEqual([
      'https://a.org/x',
      'https://datahelpdesk.worldbank.org/k',
      'https://github.com/svmiller/stevedata',
      'https://b.org/y',
    ]);
    expect(firstUrl(cell)).toBe('https://a.org/x');
    expect(firstUrl('no url here')).toBeUndefined();
  });

  it('assigns the source with the longest matching prefix', () => {
    const prefixes = parsePrefixes([
      { sourceId: 'dig-watch', urlPrefixes: 'https://dig.watch/ https://wp.dig.watch/' },
      { sourceId: 'dig-watch-meeting-reports', urlPrefixes: 'https://dig.watch/event/ https://dig.watch/events/' },
    ]);
    expect(matchSource('https://dig.watch/updates/x', prefixes)).toBe('dig-watch');
    expect(matchSource('https://dig.watch/events/oewg', prefixes)).toBe('dig-watch-meeting-reports');
    expect(matchSource('https://wp.dig.watch/?p=1', prefixes)).toBe('dig-watch');
    expect(matchSource('https://example.org/', prefixes)).toBeUndefined();
  });
});
