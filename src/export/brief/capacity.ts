/** Capacity context for a brief: GCI 2020 in scope, by group, for the audience; survey need and offer. */
import { median } from '../../analysis/quantile';
import { summariseByGroup } from '../../analysis/group-summary';
import type { BriefCapacityRow, BriefSurveyRow } from '../../queries/brief';
import type { Citations } from './cite';
import type { DocIndex } from './doc';
import type { ScopeState } from '../../analysis/answer-measures';
import type { Statement } from './types';
import { dec, groupName, pct } from './words';
import { NO_GROUP } from '../../vocab/groups';

const PILLAR_WORDS: Record<string, string> = {
  legal: 'legal',
  technical: 'technical',
  organizational: 'organisational',
  capacity_development: 'capacity development',
  cooperation: 'cooperation',
};

/** Statements on capacity for the states in scope and the audience (and the focus norm's survey need/offer). */
export function capacityStatements(
  rows: readonly BriefCapacityRow[],
  scope: readonly ScopeState[],
  audience: ScopeState | null,
  groupStates: readonly ScopeState[],
  survey: readonly BriefSurveyRow[] | null,
  docs: DocIndex,
  cite: Citations,
): Statement[] {
  const inScope = new Set(scope.map((s) => s.iso3));
  const overall = rows.filter((r) => r.pillar === 'overall' && inScope.has(r.iso3));
  const scored = overall.filter((r) => r.score !== null);
  const out: Statement[] = [];
  const capRow = (r: BriefCapacityRow) => ({
    doc: docs.doc({ sourceId: r.source_id, url: r.source_url }),
    row: `${r.iso3}|${r.pillar}`,
  });
  const gci = scored.map(capRow);
  if (!scored.length) {
    out.push({ text: `None of the ${scope.length} states in scope has an ITU GCI 2020 score.`, cites: [] });
  } else {
    const med = median(scored.map((r) => r.score));
    out.push(
      cite.say(
        `ITU GCI 2020 overall score (0–100): median ${dec(med)} among the ${scored.length} of ${scope.length} states in scope with a score; ${scope.length - scored.length} ${scope.length - scored.length === 1 ? 'has' : 'have'} none (missing, never counted as zero).`,
        gci,
      ),
    );
    const groupOf = new Map(scope.map((s) => [s.iso3, s.group ?? NO_GROUP]));
    const byGroup = summariseByGroup(scored.map((r) => ({ group: groupOf.get(r.iso3) ?? NO_GROUP, value: r.score })));
    if (byGroup.length > 1)
      out.push(
        cite.say(
          `Median by UN regional group: ${byGroup
            .sort((a, b) => (b.median ?? 0) - (a.median ?? 0))
            .map((g) => `${groupName(g.group)} ${dec(g.median)} (n = ${g.n})`)
            .join('; ')}.`,
          gci,
        ),
      );
    const pillars = Object.keys(PILLAR_WORDS)
      .map((p) => {
        const of = rows.filter((r) => r.pillar === p && inScope.has(r.iso3) && r.score !== null);
        return { p, of, m: median(of.map((r) => r.score)) };
      })
      .filter((x) => x.m !== null);
    if (pillars.length) {
      const weakest = pillars.sort((a, b) => a.m! - b.m!)[0];
      out.push(
        cite.say(
          `The weakest pillar in scope is ${PILLAR_WORDS[weakest.p]} (median ${dec(weakest.m)} of 20).`,
          weakest.of.map(capRow),
        ),
      );
    }
  }
  if (audience) {
    const own = rows.find((r) => r.iso3 === audience.iso3 && r.pillar === 'overall');
    const groupIso = new Set(groupStates.map((s) => s.iso3));
    const gmed = median(rows.filter((r) => r.pillar === 'overall' && groupIso.has(r.iso3)).map((r) => r.score));
    const smed = median(scored.map((r) => r.score));
    if (!own || own.score === null)
      out.push(
        cite.say(
          `${audience.name} has ${own?.withheld ? 'a withheld' : 'no'} GCI 2020 score.`,
          own ? [capRow(own)] : [],
        ),
      );
    else
      out.push(
        cite.say(
          `${audience.name} scores ${dec(own.score)}, ${own.score >= (smed ?? 0) ? 'above' : 'below'} the median of the states in scope${gmed !== null && audience.group ? ` and ${own.score >= gmed ? 'above' : 'below'} the ${groupName(audience.group)} median (${dec(gmed)})` : ''}.`,
          [capRow(own)],
        ),
      );
  }
  if (survey && survey.length) {
    const rowsIn = survey.filter((r) => inScope.has(r.iso3));
    const need = rowsIn.filter((r) => r.capacity_need === true).length;
    const offer = rowsIn.filter((r) => r.capacity_offer === true).length;
    const illus = rowsIn.some((r) => r.origin === 'illustrative');
    out.push(
      cite.say(
        `In the survey${illus ? ' (illustrative data)' : ''}, ${need} of the ${rowsIn.length} states in scope that answered on this norm report needing capacity to implement it (${pct(rowsIn.length ? need / rowsIn.length : null)}) and ${offer} offer capacity to others.`,
        rowsIn.map((r) => ({ doc: docs.doc({ sourceId: r.source_id }), row: `n:${r.norm_id}|${r.iso3}` })),
      ),
    );
  }
  return out;
}
