import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { meetingDatasets } from '../../src/views/meetings/datasets';
import { rows } from './db';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import {
  eventsSql,
  nextEvent,
  topicCoverageSql,
  type EventRow,
  type TopicCoverageRow,
} from '../../src/queries/meetings';
import { backersSql, type BackerRow } from '../../src/queries/proposals';
import {
  frameworkMembersSql,
  regionalLinksSql,
  stateCommitmentsSql,
  type FrameworkMembersRow,
  type RegionalLinkRow,
  type StateCommitmentRow,
} from '../../src/queries/crosswalk';
import { draftEvidenceSql, draftLawSql, type DraftEvidenceRow, type DraftLawRow } from '../../src/queries/survey-draft';

// Expected values from the raw CSVs with this file's own code.
const csv = (p: string) => readCsv(`data/${p}`);
const states = csv('states/states.csv');
const members = csv('states/memberships.csv').filter(
  (m) => !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status),
);
const african: StateFilter = { ...DEFAULT_FILTER, groups: ['African'] };
const africanSet = new Set(
  states.filter((s) => s.un_member === 'true' && s.un_regional_group === 'African').map((s) => s.iso3),
);
const proposals = csv('process/norm_proposals.csv');
const regional = csv('process/regional_norm_links.csv');
const osce = csv('crosswalk/norm_cbm_links.csv');
const stateCodes = (cell: string) => {
  const m = /^([A-Z]+(?:;[A-Z]+)*)(?: \(.*\))?$/.exec(cell);
  return m ? m[1]!.split(';').filter((c) => states.some((s) => s.iso3 === c)) : [];
};

describe('desk queries on the shipped database', () => {
  it('events: all 27, the undated decision last; the next meeting on 4 Dec 2026 is the DTGs', async () => {
    const ev = await rows<EventRow>(eventsSql());
    expect(ev).toHaveLength(csv('process/process_events.csv').length);
    expect(ev.at(-1)!.event_id).toBe('ga-80-res-16');
    expect(nextEvent(ev, '2026-12-04')?.event_id).toBe('gm-2026-dtg');
    expect(nextEvent(ev, '2026-04-01')?.event_id).toBe('gm-2026-plenary-1');
  });

  it('the calendar download follows "UN process only": the same events, items and documents as the screen', async () => {
    // The UN process's own events by the prefixes process/DATA.md documents (pr- is the PoA proposal).
    const un = (id: string) => ['oewg2-', 'gm-', 'ga-', 'unoda-', 'unidir-', 'pr-'].some((p) => id.startsWith(p));
    const csvEvents = readCsv('data/process/process_events.csv');
    const [events, items, docs] = meetingDatasets('un');
    const got = await rows<{ event_id: string }>(events.sql);
    expect(got.map((r) => r.event_id).sort()).toEqual(
      csvEvents
        .map((e) => e.event_id)
        .filter(un)
        .sort(),
    );
    expect(got.length).toBeLessThan(csvEvents.length); // related regional processes are left out
    for (const d of [items, docs]) {
      const sub = await rows<{ event_id: string }>(d.sql);
      const all = await rows<{ event_id: string }>(meetingDatasets('all')[d === items ? 1 : 2].sql);
      expect(sub.every((r) => un(r.event_id))).toBe(true);
      expect(sub.length).toBe(all.filter((r) => un(r.event_id)).length);
    }
    expect((await rows(meetingDatasets('all')[0].sql)).length).toBe(csvEvents.length);
    expect(events.description).toContain('the UN process only');
  });

  it('topic coverage follows the filter: African states that backed a proposal or hold a regional commitment', async () => {
    const [c] = await rows<TopicCoverageRow>(topicCoverageSql(african, true));
    expect(c!.in_scope).toBe(africanSet.size);
    const backers = new Set(
      proposals
        .flatMap((p) => [...stateCodes(p.proposed_by), ...stateCodes(p.supported_by)])
        .filter((c) => africanSet.has(c)),
    );
    expect(c!.backers).toBe(backers.size);
    const reg = new Set(
      members
        .filter((m) => ['ASEAN', 'OAS', 'ARF', 'AU', 'OSCE'].includes(m.org_id) && africanSet.has(m.iso3))
        .map((m) => m.iso3),
    );
    expect(c!.regional).toBe(reg.size);
    const law = new Set(
      csv('il-positions/positions.csv')
        .map((p) => p.actor_iso3)
        .filter((i) => africanSet.has(i)),
    );
    expect(c!.law).toBe(law.size);
  });

  it('backers: in_scope marks the African backers of the ransomware statement', async () => {
    const b = await rows<BackerRow>(backersSql(african));
    const ransom = proposals.find((p) => p.proposal_id === 'np-ransom-payments')!;
    const expected = stateCodes(ransom.supported_by)
      .filter((c) => africanSet.has(c))
      .sort();
    expect(
      b
        .filter((r) => r.proposal_id === 'np-ransom-payments' && r.role === 'supporter' && r.in_scope)
        .map((r) => r.iso3)
        .sort(),
    ).toEqual(expected);
    expect(b.filter((r) => !r.is_state).every((r) => r.iso3 === null && !r.in_scope)).toBe(true);
  });

  it('links: every regional and OSCE link once, with a norm a–k', async () => {
    const l = await rows<RegionalLinkRow>(regionalLinksSql());
    expect(l).toHaveLength(regional.length + osce.length);
    expect(l.filter((r) => r.framework === 'OSCE')).toHaveLength(osce.length);
    expect(l.every((r) => /^[a-k]$/.test(r.norm_id))).toBe(true);
  });

  it('framework members: current members per framework, all in scope by default', async () => {
    const m = await rows<FrameworkMembersRow>(frameworkMembersSql(DEFAULT_FILTER));
    const inStates = new Set(states.map((s) => s.iso3));
    for (const f of ['ASEAN', 'OAS', 'ARF', 'AU', 'OSCE']) {
      const expected = members.filter((r) => r.org_id === f && inStates.has(r.iso3)).length;
      expect(m.find((r) => r.framework === f)?.members, f).toBe(expected);
    }
  });

  it("a state's commitments: Singapore through ASEAN and the ARF, norms as linked in the CSVs", async () => {
    const c = await rows<StateCommitmentRow>(stateCommitmentsSql('SGP'));
    const mine = new Set(members.filter((m) => m.iso3 === 'SGP').map((m) => m.org_id));
    for (const f of ['ASEAN', 'OAS', 'ARF', 'AU']) {
      const norms = mine.has(f)
        ? [...new Set(regional.filter((l) => l.framework === f).map((l) => l.norm_id))].sort()
        : [];
      expect(
        c.filter((r) => r.framework === f).map((r) => r.norm_id),
        f,
      ).toEqual(norms);
    }
    expect(mine.has('ASEAN') && mine.has('ARF')).toBe(true);
    // Nicaragua withdrew from the OAS: no OAS commitments (data README rule 5).
    expect((await rows<StateCommitmentRow>(stateCommitmentsSql('NIC'))).some((r) => r.framework === 'OAS')).toBe(false);
  });

  it('draft inputs for Australia: one strongest evidence row per norm, self-reports at rung 4; all 14 legal questions', async () => {
    const e = await rows<DraftEvidenceRow>(draftEvidenceSql('AUS'));
    const self = csv('norm-evidence/norm_evidence.csv').filter(
      (r) => r.iso3 === 'AUS' && r.coded_status === 'self_reported',
    );
    expect(e.filter((r) => r.rung === 4).map((r) => r.norm_id)).toEqual(
      [...new Set(self.map((r) => r.norm_id))].sort(),
    );
    expect(e.every((r) => r.kind !== 'self_reported' || r.source === self[0]!.source_url.split(' ; ')[0])).toBe(true);
    const law = await rows<DraftLawRow>(draftLawSql('AUS'));
    expect(law).toHaveLength(csv('il-questions/il_questions.csv').length);
    expect(law.filter((r) => r.stance !== null)).toHaveLength(
      csv('il-positions/positions.csv').filter((p) => p.actor_iso3 === 'AUS').length,
    );
  });
});

describe('stances on new norms (statements table from the positions work)', () => {
  it('reads the documented statements columns and marks actors in scope', async () => {
    const { shippedDb } = await import('./db');
    const { newNormStancesSql } = await import('../../src/queries/proposals');
    const db = await shippedDb();
    // A stand-in with the contract's columns (test/sql/schema-contract.ts on h/positions), so the
    // query is checked before that table lands; hand-made rows, expected values by hand.
    await db.exec(`CREATE OR REPLACE TEMP TABLE statements AS SELECT * FROM (VALUES
      ('ZAF', 'South Africa', 'new_norms', 'supports', 2024, 'https://example.org/1', 'note', true),
      ('FRA', 'France', 'new_norms', 'opposes', 2024, 'https://example.org/2', NULL, false),
      ('KEN', 'Kenya', 'il_applies', 'supports', 2024, 'https://example.org/3', NULL, false))
      AS t(actor_id, actor_name, question_id, stance, year, source_url, evidence_note, ai_summary)`);
    try {
      const r = await rows<{ actor_id: string; in_scope: boolean; ai_summary: boolean }>(newNormStancesSql(african));
      expect(r.map((x) => [x.actor_id, x.in_scope, x.ai_summary])).toEqual([
        ['FRA', false, false],
        ['ZAF', true, true],
      ]);
    } finally {
      await db.exec('DROP TABLE IF EXISTS temp.main.statements');
    }
  });
});
