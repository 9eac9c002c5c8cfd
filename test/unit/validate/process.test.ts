import { describe, expect, it } from 'vitest';
import { parseBackers, validateDataset, type RawTable } from '../../../src/validate/index';
import { messages, shipped } from './fixtures';

/** A copy of a shipped table with one cell replaced (row is 1-based, as in messages). */
function edit(t: RawTable, row: number, column: string, value: string): RawTable {
  const i = t.header.indexOf(column);
  return { ...t, rows: t.rows.map((r, k) => (k === row - 1 ? r.map((c, j) => (j === i ? value : c)) : r)) };
}
const rowOf = (t: RawTable, column: string, value: string) =>
  t.rows.findIndex((r) => r[t.header.indexOf(column)] === value) + 1;

describe('process/ rules', () => {
  it('splits backer cells into codes (with their note) or keeps words whole', () => {
    expect(parseBackers('SGP;GBR (co-chairs of the CRI Policy Pillar)')).toEqual([
      { actor: 'SGP', isCode: true, note: 'co-chairs of the CRI Policy Pillar' },
      { actor: 'GBR', isCode: true, note: 'co-chairs of the CRI Policy Pillar' },
    ]);
    expect(parseBackers('Cybersecurity Tech Accord (industry coalition)')).toEqual([
      { actor: 'Cybersecurity Tech Accord (industry coalition)', isCode: false, note: '' },
    ]);
    expect(parseBackers('')).toEqual([]);
  });

  it('names file, row and rule for an unknown backer code, a bad norm id, an orphan link and reversed dates', () => {
    const proposals = shipped('process/norm_proposals.csv');
    const links = shipped('process/regional_norm_links.csv');
    const events = shipped('process/process_events.csv');
    const ransom = rowOf(proposals, 'proposal_id', 'np-ransom-payments');
    const dtg = rowOf(events, 'event_id', 'gm-2026-dtg');
    const errors = validateDataset({
      'states/states.csv': shipped('states/states.csv'),
      'norms-capacity/norms.csv': shipped('norms-capacity/norms.csv'),
      'process/regional_measures.csv': shipped('process/regional_measures.csv'),
      'process/norm_proposals.csv': edit(proposals, ransom, 'supported_by', 'ALB;XXA;INTERPOL'),
      'process/regional_norm_links.csv': edit(edit(links, 1, 'norm_id', 'l'), 2, 'item_id', 'ASEAN-NOPE'),
      'process/process_events.csv': edit(events, dtg, 'end_date', '2026-12-06'),
    });
    expect(messages(errors)).toEqual([
      'data/process/regional_norm_links.csv row 1 (line 2): norm_id "l" is not a letter a–k [rule: pattern]',
      `data/process/process_events.csv row ${dtg} (line ${dtg + 1}): end_date 2026-12-06 is before start_date 2026-12-07 [rule: date-order]`,
      `data/process/norm_proposals.csv row ${ransom} (line ${ransom + 1}): supported_by code "XXA" is neither an ISO3 code in data/states/states.csv nor a listed organisation code [rule: foreign-key]`,
      'data/process/regional_norm_links.csv row 2 (line 3): (framework, item_id) = (ASEAN, ASEAN-NOPE) is not in data/process/regional_measures.csv [rule: foreign-key]',
      'data/process/regional_norm_links.csv row 1 (line 2): norm_id "l" is not in data/norms-capacity/norms.csv [rule: foreign-key]',
    ]);
  });

  it('rejects an unknown event kind and a partial date in the wrong shape', () => {
    const events = shipped('process/process_events.csv');
    const errors = validateDataset({
      'process/process_events.csv': edit(edit(events, 1, 'kind', 'summit'), 2, 'start_date', '22/04/2022'),
    });
    expect(errors.map((e) => [e.row, e.column, e.rule])).toEqual([
      [1, 'kind', 'enum'],
      [2, 'start_date', 'pattern'],
    ]);
  });
});
