import type { FirstScreen } from '../first-screen';
import {
  createNormAnswersSql,
  normAnswersTable,
  normDataSql,
  normListSql,
  normStateFactsSql,
} from '../../queries/norms';
import { consensusAdoptionsSql, evidenceKindFactsSql, evidenceLadderFactsSql } from '../../queries/norm-evidence';

/** Norms with no keys set: the shipped survey (illustrative off, latest year, no import), no norm open. */
export function normsFirstScreen(): FirstScreen {
  const sel = { imported: false, illustrative: false, year: null };
  const table = normAnswersTable(sel, 0);
  const evidence = { importedSurvey: false, importedEvidence: false };
  return {
    execs: [createNormAnswersSql(sel, table)],
    queries: [
      normListSql(),
      normDataSql({ imported: false, illustrative: false }),
      normStateFactsSql(table, null),
      evidenceLadderFactsSql(evidence, null),
      evidenceKindFactsSql(evidence),
      consensusAdoptionsSql(),
    ],
  };
}
