import { describe, expect, it } from 'vitest';
import { readCsv } from '../../sql/csv';
import { NO_GROUP, UN_GROUPS, groupFullName, groupName, groupRank, isUnGroup } from '../../../src/vocab/groups';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  MISSING,
  NOT_AVAILABLE,
  compareNames,
  groupDigits,
  listWords,
  num,
  pct,
  plural,
} from '../../../src/vocab/format';
import { stateNamer } from '../../../src/vocab/states';

describe('UN regional groups', () => {
  it('are exactly the groups the states table uses, in alphabetical display order', () => {
    const inData = [
      ...new Set(
        readCsv('data/states/states.csv')
          .map((s) => s.un_regional_group)
          .filter(Boolean),
      ),
    ].sort();
    expect([...UN_GROUPS]).toEqual(inData);
    expect(inData).toHaveLength(5);
  });

  it('rank the five groups first and anything else after them', () => {
    expect(groupRank('African')).toBe(0);
    expect(groupRank('WEOG')).toBe(4);
    expect(groupRank(null)).toBe(5);
    expect(groupRank(NO_GROUP)).toBe(5);
    expect(isUnGroup('GRULAC')).toBe(true);
    expect(isUnGroup(NO_GROUP)).toBe(false);
  });

  it('read as short names in tables and full names in prose', () => {
    expect(groupName('African')).toBe('African Group');
    expect(groupName('WEOG')).toBe('WEOG');
    expect(groupName('Africa')).toBe('Africa');
    expect(groupFullName('GRULAC')).toBe('Latin American and Caribbean Group (GRULAC)');
    expect(groupFullName('Eastern European')).toBe('Eastern European Group');
  });
});

describe('number formats', () => {
  it('groupDigits: English thousands separators, as toLocaleString("en")', () => {
    expect([0, 999, 1000, 10_000, 600_000, 1_234_567, -1234].map(groupDigits)).toEqual([
      '0',
      '999',
      '1,000',
      '10,000',
      '600,000',
      '1,234,567',
      '-1,234',
    ]);
    expect(groupDigits(1.5)).toBe('1.5');
  });

  it('percent: whole by default, fixed decimals on request, one symbol for missing', () => {
    expect(pct(0.834)).toBe('83%');
    expect(pct(0.125)).toBe('13%');
    expect(pct(1 / 3, 1)).toBe('33.3%');
    expect(pct(-0.001)).toBe('0%');
    expect(pct(null)).toBe('—');
    expect(pct(Number.NaN)).toBe(MISSING);
    expect(pct(undefined, 0, NOT_AVAILABLE)).toBe('n/a');
  });

  it('numbers, plurals and lists', () => {
    expect(num(0.8531)).toBe('0.85');
    expect(num(2, 0)).toBe('2');
    expect(num(null)).toBe('—');
    expect(plural(1, 'state')).toBe('1 state');
    expect(plural(3, 'state')).toBe('3 states');
    expect(plural(2, 'body', 'bodies')).toBe('2 bodies');
    expect(listWords([])).toBe('');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('state names', () => {
  it('look up the UN name and fall back to the code', () => {
    const rows = readCsv('data/states/states.csv');
    const name = stateNamer(rows.map((r) => ({ iso3: r.iso3, name: r.name })));
    expect(name('CIV')).toBe(rows.find((r) => r.iso3 === 'CIV')!.name);
    expect(name('XXX')).toBe('XXX');
  });
});

/** Every CSV under data/. */
function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? csvFiles(p) : p.endsWith('.csv') ? [p] : [];
  });
}

// The columns the app lists in name order: states, actors, organisations, titles, publishers.
const NAME_COLUMNS = /^(name|name_common|label|title|short_title|publisher|org_name|org|organisation)$|_name$/;

describe('compareNames', () => {
  it('sorts the UN names of states.csv exactly as localeCompare in English does', () => {
    const names = readCsv('data/states/states.csv').map((r) => r.name);
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'en'));
    expect([...names].sort(compareNames)).toEqual(expected);
    // By hand: accents sort with their base letter, case does not split the alphabet.
    expect(['Türkiye', 'Tuvalu', 'Côte d’Ivoire', 'Cuba', 'china'].sort(compareNames)).toEqual([
      'china',
      'Côte d’Ivoire',
      'Cuba',
      'Türkiye',
      'Tuvalu',
    ]);
  });
  it('orders every name, title and publisher in the shipped data exactly as Intl.Collator("en") does', () => {
    const names = new Set<string>();
    for (const f of csvFiles('data'))
      for (const row of readCsv(f))
        for (const [k, v] of Object.entries(row)) if (v && NAME_COLUMNS.test(k)) names.add(v);
    expect(names.size).toBeGreaterThan(800); // 871 distinct when written, 19 with letters beyond ASCII
    const collator = new Intl.Collator('en');
    const expected = [...names].sort(collator.compare);
    expect([...names].sort(compareNames)).toEqual(expected);
    // and the other way round, so the order does not depend on where the sort starts
    expect([...names].reverse().sort(compareNames)).toEqual(expected);
  });

  it('handles the cases English collation has rules for', () => {
    const collator = new Intl.Collator('en');
    const cases = [
      'Côte d’Ivoire',
      "Cote d'Ivoire",
      'Costa Rica',
      'Türkiye',
      'Turkmenistan',
      'Łukasz',
      'Luxembourg',
      'Lukas',
      'Korea, Republic of',
      'Korea',
      'Korea (North)',
      'A-B',
      'A B',
      'AB',
      '10 Downing',
      '9 Elms',
      'zebra',
      'Zebra',
      'Ærø',
      'Aero',
    ];
    const sorted = [...cases].sort(compareNames);
    // pairs the collator orders strictly are ordered the same way
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++)
        if (collator.compare(sorted[i], sorted[j]) !== 0)
          expect(collator.compare(sorted[i], sorted[j]), `${sorted[i]} before ${sorted[j]}`).toBeLessThan(0);
    expect(compareNames('Türkiye', 'Türkiye')).toBe(0);
  });
});
