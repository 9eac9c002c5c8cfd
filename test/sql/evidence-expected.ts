import { existsSync } from 'node:fs';
import { readCsv } from './csv';

// Expected values are computed here from the raw CSVs with this file's own code and the rung
// table of data/norm-evidence/DATA.md, never from the build or the queries under test.
export const NORMS = 'abcdefghijk'.split('');
const RUNG: Record<string, number | null> = {
  self_reported: 4,
  measure_in_place: 3,
  legal_obligation: 2,
  measure_planned_or_signed: 2,
  cbm_engagement: 1,
  commitment_only: 1,
  regional_commitment: 1,
  capacity_score: null,
};
export const sample = readCsv('data/norm-evidence/norm_evidence.csv');
export const rules = readCsv('data/norm-evidence/commitment_resolutions.csv');
export const members = new Set(
  readCsv('data/states/states.csv')
    .filter((s) => s.un_member === 'true')
    .map((s) => s.iso3),
);
// Vote files: v1 ships votes.csv + votes_inferred.csv, v2 only votes.csv; read whichever exist.
export const votes = ['data/unga-votes/votes.csv', 'data/unga-votes/votes_inferred.csv']
  .filter((f) => existsSync(f))
  .flatMap(readCsv);
const osce = readCsv('data/states/memberships.csv').filter(
  (m) => m.org_id === 'OSCE' && !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status),
);
const linkedNorms = new Set(readCsv('data/crosswalk/norm_cbm_links.csv').map((l) => l.norm_id));
export const current = readCsv('data/states/memberships.csv').filter(
  (m) => !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status),
);
const measures = readCsv('data/process/regional_measures.csv');
const regionLinks = readCsv('data/process/regional_norm_links.csv').filter(
  (l) =>
    !/convention/i.test(
      measures.find((m) => m.framework === l.framework && m.item_id === l.item_id)?.title ?? 'convention',
    ),
);

/** state|norm → highest rung over every non-shared piece of evidence. */
export function expectedBest(): Map<string, number> {
  const best = new Map<string, number>();
  const put = (iso3: string, norm: string, rung: number) => {
    const k = `${iso3}|${norm}`;
    best.set(k, Math.max(best.get(k) ?? 0, rung));
  };
  for (const r of sample) {
    const rung = RUNG[r.coded_status];
    if (rung === null || r.norm_id === '') continue;
    for (const n of r.norm_id === 'a-k' ? NORMS : [r.norm_id]) put(r.iso3, n, rung);
  }
  for (const rule of rules.filter((x) => x.adoption === 'recorded_vote')) {
    for (const v of votes.filter((x) => x.resolution_id === rule.resolution_id && x.vote === 'Y'))
      for (const n of NORMS) put(v.iso3, n, 1);
  }
  for (const m of osce) for (const n of linkedNorms) put(m.iso3, n, 1);
  for (const l of regionLinks)
    for (const m of current.filter((x) => x.org_id === l.framework)) put(m.iso3, l.norm_id, 1);
  return best;
}

/** States in `iso3s` per highest rung 0..4 on a norm, and those with a measure in place (rung 3) among their evidence. */
export function expectedCounts(norm: string, iso3s: Iterable<string>): { counts: number[]; measure: number } {
  const best = expectedBest();
  const counts = [0, 0, 0, 0, 0];
  let measure = 0;
  const withMeasure = new Set(
    sample
      .filter((r) => r.coded_status === 'measure_in_place' && (r.norm_id === norm || r.norm_id === 'a-k'))
      .map((r) => r.iso3),
  );
  for (const iso3 of iso3s) {
    counts[best.get(`${iso3}|${norm}`) ?? 0] += 1;
    if (withMeasure.has(iso3)) measure += 1;
  }
  return { counts, measure };
}
