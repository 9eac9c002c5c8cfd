import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/validate/index';
import { fixture, messages, shipped } from './fixtures';

describe('cross-table rules on bad fixtures', () => {
  it('flags an unknown iso3 but accepts allowlisted non-state members', () => {
    const errors = validateDataset({
      'states/states.csv': fixture('unknown-iso3', 'states/states.csv'),
      'states/memberships.csv': fixture('unknown-iso3', 'states/memberships.csv'),
    });
    const fk = errors.filter((e) => e.rule === 'foreign-key');
    expect(messages(fk)).toEqual([
      'data/states/memberships.csv row 3 (line 4): iso3 "XXK" is not in data/states/states.csv (nor an allowlisted non-state entity) [rule: foreign-key]',
    ]);
  });

  it('flags wrong state, member and regional-group counts', () => {
    const errors = validateDataset({ 'states/states.csv': fixture('wrong-group-count', 'states/states.csv') });
    expect(messages(errors)).toEqual([
      'data/states/states.csv: 4 states, expected 195 [rule: count]',
      'data/states/states.csv: 3 rows with un_member = true, expected 193 [rule: count]',
      'data/states/states.csv: un_regional_group "African" has 1 states, expected 54 [rule: count]',
      'data/states/states.csv: un_regional_group "Asia-Pacific" has 0 states, expected 54 [rule: count]',
      'data/states/states.csv: un_regional_group "Eastern European" has 0 states, expected 23 [rule: count]',
      'data/states/states.csv: un_regional_group "GRULAC" has 0 states, expected 33 [rule: count]',
      'data/states/states.csv: un_regional_group "WEOG" has 2 states, expected 29 [rule: count]',
    ]);
  });

  it('flags a roll call with 192 rows', () => {
    const errors = validateDataset({
      'unga-votes/resolutions.csv': fixture('roll-call-192', 'unga-votes/resolutions.csv'),
      'unga-votes/votes.csv': fixture('roll-call-192', 'unga-votes/votes.csv'),
    });
    expect(messages(errors.filter((e) => e.rule === 'count'))).toEqual([
      'data/unga-votes/votes.csv: roll call "A/RES/73/27" has 192 vote rows, expected 193 [rule: count]',
    ]);
  });

  it('flags totals that do not match the per-country votes', () => {
    const errors = validateDataset({
      'unga-votes/resolutions.csv': fixture('totals-mismatch', 'unga-votes/resolutions.csv'),
      'unga-votes/votes.csv': fixture('totals-mismatch', 'unga-votes/votes.csv'),
    });
    expect(messages(errors)).toEqual([
      'data/unga-votes/resolutions.csv row 1 (line 2): A/RES/73/27 yes/no/abstain/absent 120/46/14/13 do not match Y/N/A/X 119/46/14/14 in data/unga-votes/votes.csv [rule: totals]',
    ]);
  });

  it('flags a source URL that no source prefix covers', () => {
    const errors = validateDataset({
      'sources/sources.csv': fixture('unknown-source', 'sources/sources.csv'),
      'il-positions/national_positions.csv': fixture('unknown-source', 'il-positions/national_positions.csv'),
    });
    const bad = errors.filter((e) => e.rule === 'source' && e.file.endsWith('positions.csv'));
    expect(messages(bad)).toEqual([
      'data/il-positions/national_positions.csv row 2 (line 3): source_url URL "https://example.org/cyber/position" matches no url_prefixes in data/sources/sources.csv [rule: source]',
    ]);
  });

  it('accepts an unlisted host in a file whose rows code their own source strength (il-positions-2)', () => {
    const errors = validateDataset({
      'sources/sources.csv': fixture('unknown-source', 'sources/sources.csv'),
      'il-positions/positions.csv': fixture('unknown-source', 'il-positions/positions.csv'),
    });
    expect(errors.filter((e) => e.rule === 'source' && e.file.endsWith('positions.csv'))).toEqual([]);
  });

  it('flags a rank that disagrees with the strength and a prefix claimed twice', () => {
    const errors = validateDataset({ 'sources/sources.csv': fixture('strength-rank', 'sources/sources.csv') });
    expect(messages(errors.filter((e) => e.rule !== 'source'))).toEqual([
      'data/sources/sources.csv row 1 (line 2): strength toolkit must have strength_rank 2, found 4 [rule: strength-rank]',
      'data/sources/sources.csv row 2 (line 3): url prefix https://cyberlaw.ccdcoe.org/ is also claimed by ccdcoe-toolkit [rule: unique]',
    ]);
  });

  it('flags an inferred-row entry that is not a coded position', () => {
    const errors = validateDataset({
      'il-positions/positions.csv': fixture('inferred-rows', 'il-positions/positions.csv'),
      'il-positions/inferred_rows.csv': fixture('inferred-rows', 'il-positions/inferred_rows.csv'),
    });
    expect(messages(errors)).toEqual([
      'data/il-positions/inferred_rows.csv row 2 (line 3): (FRA, necessity) is not a row of data/il-positions/positions.csv [rule: foreign-key]',
    ]);
  });

  it('flags a vote by a state that is not a UN member', () => {
    const votes = shipped('unga-votes/votes.csv');
    const pse = votes.rows.map((r) => (r[1] === 'AFG' && r[0] === 'A/RES/73/27' ? [r[0], 'PSE', ...r.slice(2)] : r));
    const errors = validateDataset({
      'states/states.csv': shipped('states/states.csv'),
      'unga-votes/votes.csv': { ...votes, rows: pse },
    });
    expect(messages(errors)).toEqual([
      'data/unga-votes/votes.csv row 1 (line 2): iso3 "PSE" is not in data/states/states.csv (un_member = true) [rule: foreign-key]',
    ]);
  });
});
