import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows, shippedDb } from './db';
import { DEFAULT_FILTER } from '../../src/queries/filter';
import { stateVotesSql } from '../../src/queries/alignment-votes';
import { mapIndicatorSql } from '../../src/queries/overview';
import { capacityScoresSql } from '../../src/queries/capacity';
import { compareStatesSql } from '../../src/queries/compare';
import { briefScopeWrap, briefStatesSql } from '../../src/queries/brief';
import { lawQuestionMapSql } from '../../src/queries/law-question';
import { lawScopeSql } from '../../src/queries/law';
import { votesMatrixSql } from '../../src/queries/profile';
import { stateNamesSql, type StateNameRow } from '../../src/queries/sources';
import { filterScope, statesDataset, votesDataset } from '../../src/queries/export';
import { runDataset } from '../../src/export/bundle';
import { searchStates } from '../../src/ui/state-search';

// Every state label the app shows, briefs or exports must be the UN name (states.name), never the
// common name. Expected names are read from states.csv with the tests' own parser.
const states = readCsv('data/states/states.csv');
const unName = new Map(states.map((s) => [s.iso3, s.name]));
const commonName = new Map(states.map((s) => [s.iso3, s.name_common]));

/** Rows whose label differs from the UN name, as "ISO3: label" (empty when all agree). */
function wrongLabels(list: Record<string, unknown>[], iso = 'iso3', label = 'name'): string[] {
  return list
    .filter((r) => unName.has(String(r[iso])) && r[label] !== unName.get(String(r[iso])))
    .map((r) => `${r[iso]}: ${r[label]}`);
}

describe('UN names everywhere', () => {
  it('the shipped states differ from their common names where the UN says so', () => {
    expect(unName.get('CIV')).toBe('Côte d’Ivoire');
    expect(commonName.get('CIV')).toBe('Ivory Coast');
    expect(unName.get('CPV')).toBe('Cabo Verde');
    expect(unName.get('VAT')).toBe('Holy See');
    expect(unName.get('NLD')).toBe('Netherlands (Kingdom of the)');
    expect(unName.get('TUR')).toBe('Türkiye');
    expect(states.filter((s) => s.name !== s.name_common).length).toBeGreaterThan(20);
  });

  it('view queries label every state by states.name', async () => {
    const sets: [string, Record<string, unknown>[]][] = [
      ['alignment stateVotes', await rows(stateVotesSql())],
      ['overview map', await rows(mapIndicatorSql(DEFAULT_FILTER, { kind: 'group' }))],
      ['capacity', await rows(capacityScoresSql())],
      ['compare', await rows(compareStatesSql(['CIV', 'CPV', 'TUR', 'NLD', 'GBR']))],
      [
        'brief states',
        await rows(
          briefStatesSql(briefScopeWrap({ kind: 'filter', filter: { ...DEFAULT_FILTER, observers: true } }), {
            states: ['CIV'],
          }),
        ),
      ],
      ['law question map', await rows(lawQuestionMapSql(DEFAULT_FILTER, 'sovereignty_rule'))],
      ['profile votes matrix', await rows(votesMatrixSql(DEFAULT_FILTER, ['CIV']))],
    ];
    for (const [what, list] of sets) {
      expect(list.length, what).toBeGreaterThan(0);
      expect(wrongLabels(list), what).toEqual([]);
    }
    const all = await rows<Record<string, unknown>>(stateVotesSql());
    expect(all.find((r) => r.iso3 === 'CIV')?.name).toBe('Côte d’Ivoire');
  });

  it('international-law actors that are states carry their UN names', async () => {
    const actors = await rows<Record<string, unknown>>(
      `SELECT actor_id AS iso3, actor_name AS name FROM actors WHERE kind = 'state'`,
    );
    expect(actors.length).toBeGreaterThan(40);
    expect(wrongLabels(actors)).toEqual([]);
    for (const table of ['il_positions', 'position_documents']) {
      const r = await rows<Record<string, unknown>>(
        `SELECT DISTINCT actor_id AS iso3, actor_name AS name FROM ${table}`,
      );
      expect(wrongLabels(r), table).toEqual([]);
    }
    const law = await rows<Record<string, unknown>>(lawScopeSql(DEFAULT_FILTER));
    expect(
      wrongLabels(
        law.filter((r) => r.row === 'actor' && r.kind === 'state'),
        'actor_id',
        'actor_name',
      ),
    ).toEqual([]);
    // a state the position files call "United Kingdom" / "United States"
    expect(actors.find((a) => a.iso3 === 'GBR')?.name).toBe(unName.get('GBR'));
  });

  it('exports name states by states.name', async () => {
    const db = await shippedDb();
    const scope = filterScope({ ...DEFAULT_FILTER, groups: ['African', 'WEOG'] });
    for (const spec of [statesDataset(scope), votesDataset(scope)]) {
      const t = await runDataset(db, spec);
      expect(t.rows.length).toBeGreaterThan(0);
      expect(wrongLabels(t.rows), spec.name).toEqual([]);
      expect(t.fields.map((f) => f.name)).not.toContain('name_common');
    }
  });

  it('pickers list UN names and find a state by its common name as an alias', async () => {
    const list = await rows<StateNameRow>(stateNamesSql());
    expect(list.length).toBe(states.length);
    expect(wrongLabels(list as unknown as Record<string, unknown>[])).toEqual([]);
    expect(list.map((s) => s.name)).toEqual([...list.map((s) => s.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(searchStates(list, 'Ivory Coast').map((s) => s.iso3)).toEqual(['CIV']);
    expect(searchStates(list, 'cote d ivoire').map((s) => s.iso3)).toEqual(['CIV']);
    expect(searchStates(list, 'Vatican').map((s) => s.iso3)).toEqual(['VAT']);
    expect(searchStates(list, 'Cape Verde').map((s) => s.iso3)).toEqual(['CPV']);
    expect(searchStates(list, 'turkiye').map((s) => s.iso3)).toEqual(['TUR']);
    expect(searchStates(list, 'nld').map((s) => s.iso3)).toEqual(['NLD']);
    expect(searchStates(list, '').length).toBe(list.length);
  });
});
