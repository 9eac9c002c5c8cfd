import { describe, expect, it } from 'vitest';
import { decodeNormState } from '../../../src/queries/norm-wire';
import type { NormStateRow } from '../../../src/queries/norms';

const row: NormStateRow = {
  iso3: 'FRA',
  name: 'France',
  un_group: 'WEOG',
  region: 'Europe',
  in_org: true,
  levels: '3.210......',
  years: '2025,,2023,2021,,,,,,,',
  masks: '5,,0,32,,,,,,,',
  needs: 'y.n........',
  offers: 'n.y........',
  origins: 'i.su.......'.replace('u', 'c'),
  datasets: 's.us.......',
  answered: 4,
};

describe('decodeNormState', () => {
  it('decodes one answer per norm, keeping "no answer" empty', () => {
    const s = decodeNormState(row);
    expect(s.answers).toHaveLength(11);
    expect(s.answers[0]).toEqual({
      status: 'implemented',
      year: 2025,
      challenges: 5,
      need: true,
      offer: false,
      origin: 'illustrative',
      imported: false,
    });
    expect(s.answers[1]).toEqual({
      status: null,
      year: null,
      challenges: 0,
      need: null,
      offer: null,
      origin: null,
      imported: false,
    });
    expect(s.answers[2]).toMatchObject({
      status: 'partial',
      year: 2023,
      need: false,
      offer: true,
      origin: 'submitted',
      imported: true,
    });
    expect(s.answers[3]).toMatchObject({
      status: 'planned',
      year: 2021,
      challenges: 32,
      origin: 'coded_from_document',
    });
    expect(s.answers[4].status).toBe('none');
    expect(s).toMatchObject({
      iso3: 'FRA',
      name: 'France',
      unGroup: 'WEOG',
      region: 'Europe',
      inOrg: true,
      answered: 4,
    });
  });
  it('refuses a row with the wrong number of norms', () => {
    expect(() => decodeNormState({ ...row, levels: '3.2' })).toThrow(RangeError);
  });
});
