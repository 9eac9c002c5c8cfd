import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';

// Expected values are computed here from the raw process/ CSVs with this file's own splitting,
// never from the build's SQL, then compared with the shipped tables.
const csv = (f: string) => readCsv(`data/process/${f}.csv`);
const events = csv('process_events');
const proposals = csv('norm_proposals');
const measures = csv('regional_measures');
const links = csv('regional_norm_links');
const states = new Set(readCsv('data/states/states.csv').map((s) => s.iso3));
const NORMS = 'abcdefghijk'.split('');
const count = async (sql: string) => Number((await rows<{ n: number }>(sql))[0]!.n);
const tally = (values: string[]) =>
  Object.fromEntries([...new Set(values)].sort().map((v) => [v, values.filter((x) => x === v).length]));

describe('process tables on the shipped database', () => {
  it('row counts equal the CSVs (27 events, 14 proposals, 23 measures, 62 links, 4 POC counts, 12 stakeholder facts)', async () => {
    const expected: Record<string, number> = {
      process_events: events.length,
      norm_proposals: proposals.length,
      regional_measures: measures.length,
      regional_norm_links: links.length,
      poc_directory_counts: csv('poc_directory_counts').length,
      stakeholder_participation: csv('stakeholder_participation').length,
    };
    expect(expected).toEqual({
      process_events: 27,
      norm_proposals: 14,
      regional_measures: 23,
      regional_norm_links: 62,
      poc_directory_counts: 4,
      stakeholder_participation: 12,
    });
    for (const [table, n] of Object.entries(expected))
      expect(await count(`SELECT count(*) AS n FROM ${table}`), table).toBe(n);
  });

  it('measures and links per framework match the CSVs', async () => {
    const m = await rows<{ framework: string; n: number }>(
      'SELECT framework, count(*)::INTEGER AS n FROM regional_measures GROUP BY 1 ORDER BY 1',
    );
    expect(Object.fromEntries(m.map((r) => [r.framework, r.n]))).toEqual(tally(measures.map((r) => r.framework)));
    const l = await rows<{ framework: string; n: number }>(
      'SELECT framework, count(*)::INTEGER AS n FROM regional_norm_links GROUP BY 1 ORDER BY 1',
    );
    expect(Object.fromEntries(l.map((r) => [r.framework, r.n]))).toEqual(tally(links.map((r) => r.framework)));
    const asean = new Set(links.filter((r) => r.framework === 'ASEAN').map((r) => r.norm_id));
    expect([...asean].sort()).toEqual(NORMS);
  });

  it('every regional link names a norm a–k and a measure of its framework', async () => {
    for (const r of links) {
      expect(NORMS, `${r.item_id}`).toContain(r.norm_id);
      expect(
        measures.some((m) => m.framework === r.framework && m.item_id === r.item_id),
        r.item_id,
      ).toBe(true);
    }
    expect(
      await count(`SELECT count(*) AS n FROM regional_norm_links l WHERE l.norm_id NOT IN (SELECT norm_id FROM norms)
      OR NOT EXISTS (SELECT 1 FROM regional_measures m WHERE m.framework = l.framework AND m.item_id = l.item_id)`),
    ).toBe(0);
  });

  it('agenda items and documents split as the CSV lists them', async () => {
    const items = events.flatMap((e) =>
      e.agenda_items ? e.agenda_items.split('; ').map((t, i) => [`${e.event_id}.${i + 1}`, t.trim()]) : [],
    );
    const got = await rows<{ item_id: string; item_text: string }>(
      'SELECT item_id, item_text FROM event_agenda_items ORDER BY item_id',
    );
    expect(got.map((r) => [r.item_id, r.item_text])).toEqual(items.sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    const docs = events.flatMap((e) => (e.documents ? e.documents.split(' ; ') : []));
    expect(await count('SELECT count(*) AS n FROM event_documents')).toBe(docs.length);
    const dtg = await rows<{ start_day: string; end_day: string; kind: string }>(
      `SELECT strftime(start_day, '%Y-%m-%d') AS start_day, strftime(end_day, '%Y-%m-%d') AS end_day, kind FROM process_events WHERE event_id = 'gm-2026-dtg'`,
    );
    expect(dtg).toEqual([{ start_day: '2026-12-07', end_day: '2026-12-11', kind: 'thematic_group' }]);
    // A/RES/80/16: adoption date not confirmed, so no date at all (never guessed).
    const res = await rows<{ start_day: unknown; start_precision: string }>(
      `SELECT start_day, start_precision FROM process_events WHERE event_id = 'ga-80-res-16'`,
    );
    expect(res).toEqual([{ start_day: null, start_precision: 'none' }]);
  });

  it('every proposal backer code is a state ISO3 (or a listed organisation), and backers match the CSV cells', async () => {
    const expected: string[] = [];
    for (const p of proposals) {
      for (const [role, cell] of [
        ['proposer', p.proposed_by],
        ['supporter', p.supported_by],
      ] as const) {
        const codes = /^([A-Z]+(?:;[A-Z]+)*)(?: \(.*\))?$/.exec(cell ?? '');
        if (codes)
          for (const c of codes[1]!.split(';'))
            if (c.length === 3 && c !== 'WRR') expected.push(`${p.proposal_id}|${role}|${c}`);
      }
    }
    for (const e of expected) expect(states, e).toContain(e.split('|')[2]);
    const got = await rows<{ k: string }>(
      `SELECT proposal_id || '|' || role || '|' || iso3 AS k FROM proposal_backers WHERE is_state ORDER BY k`,
    );
    expect(got.map((r) => r.k)).toEqual([...expected].sort());
    expect(
      await count(
        `SELECT count(*) AS n FROM proposal_backers WHERE is_state AND iso3 NOT IN (SELECT iso3 FROM states)`,
      ),
    ).toBe(0);
    // Ransomware: 46 state supporters + INTERPOL (an organisation) in the CSV cell.
    const ransom = proposals.find((p) => p.proposal_id === 'np-ransom-payments')!.supported_by.split(';');
    expect(
      await count(
        `SELECT count(*) AS n FROM proposal_backers WHERE proposal_id = 'np-ransom-payments' AND role = 'supporter' AND is_state`,
      ),
    ).toBe(ransom.filter((c) => c !== 'INTERPOL').length);
    expect(
      await count(
        `SELECT count(*) AS n FROM proposal_backers WHERE proposal_id = 'np-ransom-payments' AND actor = 'INTERPOL' AND NOT is_state`,
      ),
    ).toBe(1);
    // The software-update proposal names an industry coalition in words: one non-state proposer.
    const sw = await rows<{ actor: string; is_state: boolean }>(
      `SELECT actor, is_state FROM proposal_backers WHERE proposal_id = 'np-software-update'`,
    );
    expect(sw).toEqual([
      { actor: proposals.find((p) => p.proposal_id === 'np-software-update')!.proposed_by, is_state: false },
    ]);
  });

  it('derivative flags reach POC counts, and every process row has a source', async () => {
    const poc = csv('poc_directory_counts');
    expect(await count('SELECT count(*) AS n FROM poc_directory_counts WHERE derivative')).toBe(
      poc.filter((r) => r.source_quality.startsWith('derivative')).length,
    );
    for (const t of [
      'process_events',
      'event_agenda_items',
      'event_documents',
      'norm_proposals',
      'proposal_backers',
      'regional_measures',
      'regional_norm_links',
      'poc_directory_counts',
      'stakeholder_participation',
    ]) {
      expect(
        await count(`SELECT count(*) AS n FROM ${t} WHERE source_id NOT IN (SELECT source_id FROM sources)`),
        t,
      ).toBe(0);
    }
    // Events whose notes say their facts come from AI-generated summaries are flagged.
    const ai = events.filter((e) => /AI-generated/.test(e.notes)).map((e) => e.event_id);
    expect(ai.length).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM process_events WHERE uses_derivative AND event_id IN (${ai.map((i) => `'${i}'`).join(',')})`,
      ),
    ).toBe(ai.length);
  });
});
