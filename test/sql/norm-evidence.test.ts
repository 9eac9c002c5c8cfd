import { describe, expect, it } from 'vitest';
import { rows } from './db';
import { current, expectedBest, members, NORMS, rules, sample, votes } from './evidence-expected';

// Expected values come from the raw CSVs (evidence-expected.ts), never from the build or the queries.

describe('norm_evidence on the shipped data', () => {
  it('rows of the sample: a-k expanded to eleven norms, capacity rows kept as context without a rung', async () => {
    const expected = sample.reduce((a, r) => a + (r.norm_id === 'a-k' ? 11 : 1), 0);
    const [got] = await rows<{ n: number; ctx: number }>(
      `SELECT count(*)::INTEGER AS n, count_if(rung IS NULL)::INTEGER AS ctx FROM norm_evidence WHERE basis = 'coded'`,
    );
    expect(got).toEqual({ n: expected, ctx: sample.filter((r) => r.coded_status === 'capacity_score').length });
    expect(expected).toBe(336); // 226 single-norm rows + 10 ASEAN rows × 11
  });

  it('derived vote rows are exactly the Yes votes on A/RES/75/32, one per norm, worded as a commitment', async () => {
    const yes = votes
      .filter((v) => v.resolution_id === 'A/RES/75/32' && v.vote === 'Y')
      .map((v) => v.iso3)
      .sort();
    expect(yes.length).toBeGreaterThan(150);
    const got = await rows<{ iso3: string; n: number }>(`SELECT iso3, count(*)::INTEGER AS n FROM norm_evidence
      WHERE kind = 'vote_for_norms_resolution' GROUP BY iso3 ORDER BY iso3`);
    expect(got.map((r) => r.iso3)).toEqual(yes);
    expect(got.every((r) => r.n === 11)).toBe(true);
    const [fra] = await rows<{
      evidence_note: string;
      rung: number;
      document_url: string;
    }>(`SELECT evidence_note, rung, document_url
      FROM norm_evidence WHERE kind = 'vote_for_norms_resolution' AND iso3 = 'FRA' AND norm_id = 'g'`);
    expect(fra.rung).toBe(1);
    expect(fra.evidence_note).toContain('Voted for A/RES/75/32, which calls on States to be guided by the 2015 report');
    expect(fra.document_url).toBe('https://undocs.org/en/A/RES/75/32');
    // A No or an abstention is never a commitment.
    const noOrAbstain = votes.filter((v) => v.resolution_id === 'A/RES/75/32' && v.vote !== 'Y').map((v) => v.iso3);
    const [wrong] = await rows<{
      n: number;
    }>(`SELECT count(*)::INTEGER AS n FROM norm_evidence WHERE kind = 'vote_for_norms_resolution'
      AND iso3 IN (${noOrAbstain.map((i) => `'${i}'`).join(', ')})`);
    expect(wrong.n).toBe(0);
  });

  it('consensus rows: every UN member, every norm, shared; only for adoptions with no roll call in the vote data', async () => {
    const withoutVote = rules.filter(
      (r) => r.adoption === 'without_vote' && !votes.some((v) => v.resolution_id === r.resolution_id),
    );
    const got = await rows<{ n: number; states: number; shared: number }>(`SELECT count(*)::INTEGER AS n,
      count(DISTINCT iso3)::INTEGER AS states, count_if(shared)::INTEGER AS shared FROM norm_evidence WHERE kind = 'consensus_adoption'`);
    expect(got[0]).toEqual({
      n: withoutVote.length * members.size * 11,
      states: members.size,
      shared: withoutVote.length * members.size * 11,
    });
    expect(withoutVote.map((r) => r.resolution_id)).toContain('A/RES/76/19');
  });

  it('highest rung per norm (shared consensus rows excluded): counts per rung for the 193 members', async () => {
    const best = expectedBest();
    const got = await rows<{
      norm_id: string;
      rung: number;
      n: number;
    }>(`SELECT norm_id, rung, count(*)::INTEGER AS n FROM (
        SELECT s.iso3, n.norm_id, coalesce(max(e.rung), 0) AS rung FROM states s
        CROSS JOIN (SELECT norm_id FROM norms) n
        LEFT JOIN norm_evidence e ON e.iso3 = s.iso3 AND e.norm_id = n.norm_id AND NOT e.shared
        WHERE s.un_member GROUP BY ALL) GROUP BY ALL ORDER BY norm_id, rung`);
    for (const n of NORMS) {
      const counts = [0, 0, 0, 0, 0];
      for (const iso3 of members) counts[best.get(`${iso3}|${n}`) ?? 0] += 1;
      const gotCounts = [0, 0, 0, 0, 0];
      for (const r of got.filter((x) => x.norm_id === n)) gotCounts[r.rung] = r.n;
      expect(gotCounts, `norm ${n}`).toEqual(counts);
    }
    // DATA.md's coverage table: norm g has 9 states with a measure in place, 2 self-reports (AUS, GBR).
    const g = NORMS.indexOf('g');
    expect(got.filter((r) => r.norm_id === NORMS[g] && r.rung === 4).map((r) => r.n)).toEqual([2]);
  });

  it('regional commitments through membership: ASEAN members on every norm, never through the Malabo Convention', async () => {
    const asean = current
      .filter((m) => m.org_id === 'ASEAN')
      .map((m) => m.iso3)
      .sort();
    const got = await rows<{
      iso3: string;
      n: number;
    }>(`SELECT iso3, count(DISTINCT norm_id)::INTEGER AS n FROM norm_evidence
      WHERE evidence_id LIKE 'regional-asean-%' GROUP BY iso3 ORDER BY iso3`);
    expect(got).toEqual(asean.map((iso3) => ({ iso3, n: 11 })));
    const [malabo] = await rows<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM norm_evidence WHERE kind = 'regional_membership' AND value ILIKE '%Malabo%'`,
    );
    expect(malabo.n).toBe(0);
  });
});
