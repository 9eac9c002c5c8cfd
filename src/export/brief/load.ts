/**
 * Runs every query a brief needs (in parallel) and returns the rows for build.ts. Takes the
 * app's query route (the coordinator's runQuery) or a Db, so the view and the tests share it.
 */
import { toRows } from '../../db/arrow';
import type { Db } from '../../db/types';
import type { StateFilter } from '../../queries/filter';
import { tableExistsSql, type TableExistsRow } from '../../queries/export';
import {
  briefActorPositionsSql,
  briefDebateQuestionsSql,
  briefEvidenceSql,
  briefStatementsSql,
  briefPublishedSql,
  briefSourcesSql,
  briefSponsorsSql,
  type BriefActorPositionRow,
  type BriefDebateQuestionRow,
  type BriefEvidenceRow,
  type BriefStatementRow,
  type BriefPublishedRow,
  type BriefSponsorRow,
  briefAgendaSql,
  briefCapacitySql,
  briefItemsSql,
  briefPositionsSql,
  briefScopeWrap,
  briefStatesSql,
  briefSurveySql,
  briefVotesSql,
  orgNameSql,
  type BriefAgendaRow,
  type BriefCapacityRow,
  type BriefItemRow,
  type BriefPositionRow,
  type BriefScope,
  type BriefStateRow,
  type BriefSurveyRow,
  type BriefVoteRow,
  type OrgNameRow,
} from '../../queries/brief';
import { rollCallListSql, type RollCallListRow } from '../../queries/profile';
import type { BriefInput } from './build';
import type { CiteSource } from './doc';
import type { Focus } from './focus';

/** The brief's own states for a focus: its group, region, organisation or list, else the filter's. */
export function scopeForFocus(focus: Focus, filter: StateFilter): BriefScope {
  switch (focus.kind) {
    case 'group':
      return { kind: 'group', group: focus.group };
    case 'region':
      return { kind: 'region', region: focus.region };
    case 'org':
      return { kind: 'org', org: focus.org };
    case 'states':
      return { kind: 'list', iso3s: focus.iso3s };
    default:
      return { kind: 'filter', filter };
  }
}

/** Where the brief's rows come from: a function answering SQL with rows (the app), or a Db (tests). */
export type BriefRowSource = Db | (<T>(sql: string) => Promise<T[]>);

/** Load the rows (everything but the date and version, which the caller adds). */
export async function loadBriefRows(
  db: BriefRowSource,
  focus: Focus,
  audience: string | null,
  filter: StateFilter,
  importedSurvey = false,
): Promise<Omit<BriefInput, 'filterText' | 'date' | 'version' | 'builtAt'>> {
  const q = typeof db === 'function' ? db : async <T>(sql: string) => toRows<T>(await db.query(sql));
  const w = briefScopeWrap(scopeForFocus(focus, filter));
  const extra = {
    states: [...new Set([audience, focus.kind === 'state' ? focus.iso3 : null].filter((s): s is string => !!s))],
  };
  const hasSurvey = ((await q<TableExistsRow>(tableExistsSql('survey_responses')))[0]?.n ?? 0) > 0;
  const eventId = focus.kind === 'meeting' ? focus.id : focus.kind === 'item' ? focus.id.replace(/\.\d+$/, '') : null;
  const agenda = eventId
    ? await q<BriefAgendaRow>(briefAgendaSql(eventId, focus.kind === 'item' ? focus.id : null))
    : null;
  const [actorPositions, published, sponsors, evidence, debateQuestions, statements] = await Promise.all([
    focus.kind === 'question'
      ? q<BriefActorPositionRow>(briefActorPositionsSql(w, focus.id))
      : Promise.resolve(undefined),
    focus.kind === 'question' ? q<BriefPublishedRow>(briefPublishedSql(w)) : Promise.resolve(undefined),
    audience ? q<BriefSponsorRow>(briefSponsorsSql(audience)) : Promise.resolve(undefined),
    // norm_evidence always ships (the build writes it, possibly empty), so no existence check.
    focus.kind === 'norm' ? q<BriefEvidenceRow>(briefEvidenceSql(w, extra, focus.id)) : Promise.resolve(undefined),
    focus.kind === 'debate' ? q<BriefDebateQuestionRow>(briefDebateQuestionsSql()) : Promise.resolve(undefined),
    focus.kind === 'debate' ? q<BriefStatementRow>(briefStatementsSql(w, focus.id)) : Promise.resolve(undefined),
  ]);
  const [states, positions, votes, capacity, survey, items, rollCalls, sources, org] = await Promise.all([
    q<BriefStateRow>(briefStatesSql(w, extra)),
    q<BriefPositionRow>(briefPositionsSql(w, extra)),
    q<BriefVoteRow>(briefVotesSql(w, extra)),
    q<BriefCapacityRow>(briefCapacitySql(w, extra)),
    hasSurvey
      ? q<BriefSurveyRow>(briefSurveySql(w, extra, filter.illustrative !== false, importedSurvey))
      : Promise.resolve(null),
    q<BriefItemRow>(briefItemsSql()),
    q<RollCallListRow>(rollCallListSql()),
    q<CiteSource>(briefSourcesSql()),
    focus.kind === 'org' ? q<OrgNameRow>(orgNameSql(focus.org)).then((r) => r[0] ?? null) : Promise.resolve(null),
  ]);
  // With illustrative rows switched off and no other survey rows, there is no survey to speak of.
  const surveyRows = survey && survey.length === 0 && filter.illustrative === false ? null : survey;
  return {
    focus,
    audience,
    states,
    positions,
    votes,
    capacity,
    survey: surveyRows,
    items,
    rollCalls,
    sources,
    org,
    agenda,
    actorPositions,
    published,
    sponsors,
    evidence,
    debateQuestions,
    statements,
  };
}
