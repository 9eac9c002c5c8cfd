import { describe, expect, it } from 'vitest';
import { focusParam, parseFocus } from '../../../src/export/brief/focus';
import { describeFilter, filterSlug } from '../../../src/export/filter-text';
import { citationLine } from '../../../src/export/citation';
import { DEFAULT_FILTER } from '../../../src/queries/filter';

describe('brief focus from the URL', () => {
  it('parses every kind and round-trips', () => {
    for (const p of [
      'norm:g',
      'question:sovereignty_rule',
      'state:FRA',
      'group:African',
      'region:Africa',
      'org:AU',
      'states:FRA,DEU,USA',
    ])
      expect(focusParam(parseFocus(p)!)).toBe(p);
    expect(parseFocus('states:fra|deu|FRA')).toEqual({ kind: 'states', iso3s: ['FRA', 'DEU'] });
  });
  it('rejects anything unexpected', () => {
    for (const p of [
      'norm:z',
      'norm:',
      'state:France',
      "question:x'; DROP TABLE",
      'group:Nordic',
      'region:Mars',
      'org:a b',
      'states:',
      'nonsense',
      '',
      null,
    ])
      expect(parseFocus(p)).toBeNull();
  });
});

describe('filter in words', () => {
  it('names each narrowing dimension', () => {
    expect(describeFilter(DEFAULT_FILTER)).toBe('All 193 UN member states');
    expect(describeFilter({ ...DEFAULT_FILTER, groups: ['African', 'GRULAC'], sids: 'yes' })).toBe(
      'UN regional group: African or GRULAC; SIDS: yes',
    );
    expect(describeFilter({ ...DEFAULT_FILTER, orgs: ['OAS'], orgStatus: 'any' })).toBe(
      'organisation: OAS (any membership status)',
    );
    // Issue 11: generated data is off by default and named when on.
    expect(describeFilter({ ...DEFAULT_FILTER, illustrative: true })).toBe(
      'All 193 UN member states; ILLUSTRATIVE — NOT STATE DATA included (generated survey rows)',
    );
  });
  it('makes a file-name-safe slug', () => {
    expect(filterSlug(DEFAULT_FILTER)).toBe('all');
    expect(filterSlug({ ...DEFAULT_FILTER, groups: ['Asia-Pacific'], ldc: 'no', income: ['Low income'] })).toBe(
      'asia-pacific-low-income-ldc-no',
    );
    expect(filterSlug({ ...DEFAULT_FILTER, illustrative: true })).toBe('ILLUSTRATIVE-NOT-STATE-DATA');
    expect(filterSlug({ ...DEFAULT_FILTER, groups: ['WEOG'], illustrative: true })).toBe(
      'ILLUSTRATIVE-NOT-STATE-DATA-weog',
    );
  });
  it('writes a citation line with version, filter, address and access date', () => {
    expect(
      citationLine({
        what: 'UNGA ICT-security votes',
        filter: 'UN regional group: WEOG',
        version: 'bfdc1a7a9976',
        builtAt: '2026-11-24T03:50:39Z',
        url: 'https://example.org/#/overview',
        accessed: '2026-12-01',
      }),
    ).toBe(
      'Common Ground (2026). UNGA ICT-security votes [data set]. States in scope: UN regional group: WEOG. Data version bfdc1a7a9976 (built 2026-11-24). https://example.org/#/overview. Accessed 2026-12-01.',
    );
  });
});
