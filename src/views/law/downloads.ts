import { lawScopeSql } from '../../queries/law';
import { lawQuestionByOrgSql, lawQuestionMapSql } from '../../queries/law-question';
import { filterScope, focusedDataset, positionsDataset, type DatasetSpec } from '../../queries/export';
import type { StateFilter } from '../../queries/filter';
import { withScope } from '../../queries/filter';
import type { QuestionSet } from '../../queries/question-set';

/** The debates set's downloads: the counts behind the table and every statement of the actors in scope. */
export function debateDatasets(f: StateFilter, set: QuestionSet) {
  return [
    {
      name: 'debate-scope-counts',
      title: 'Stance counts per debate question and group, with the actors in scope',
      description:
        'As il-scope-counts, for the positions stated in UN debates under the current options (latest stance per actor or the chosen year; AI-summary rows only when included).',
      sql: lawScopeSql(f, set),
    },
    {
      name: 'debate-statements',
      title: 'Statements in UN debates of the actors in scope (all years)',
      description:
        'Every coded statement of the states in scope and of the group actors, all years, with source_type, the ai_summary flag (machine-made meeting summary) and weak_source.',
      sql: withScope(
        f,
        `SELECT s.actor_id, s.actor_name, a.kind AS actor_kind, s.question_id, q.short_title AS question, s.stance, s.year, s.forum,
  s.speaker_on_behalf_of, s.source_title, s.evidence_note, s.source_type, s.ai_summary, s.source_strength, s.weak_source, s.source_id, s.source_url
FROM statements s JOIN statement_actors a USING (actor_id) JOIN statement_questions q USING (question_id)
WHERE a.iso3 IN (SELECT iso3 FROM scope) OR a.kind = 'group'
ORDER BY a.kind DESC, s.actor_id, q.sort_order, s.year`,
      ),
    },
  ];
}

/**
 * The open question's rows: every state in scope with its own stance (silent states included)
 * as the map and table show it, the stance by organisation, and the coded rows with their
 * sources (legal positions, or debate statements in the debates set).
 * @param statements the debates set's statements dataset, filtered here to the question
 */
export function questionDatasets(
  f: StateFilter,
  set: QuestionSet,
  question: string,
  title: string,
  statements: DatasetSpec | null,
): DatasetSpec[] {
  const slug = question.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const coded = statements ?? positionsDataset(filterScope(f));
  return [
    {
      name: `question-${slug}-states`,
      title: `${title}: each state in scope`,
      description: `One row per state in scope on "${title}": its own stance (empty = not coded / silent), the inferred flag and source strength rank, and apart from it the stance of the groups it belongs to (covered_by, covered_stance), which never stands in for its own.`,
      sql: `SELECT * EXCLUDE (in_scope) FROM (\n${lawQuestionMapSql(f, question, set)}\n) AS q WHERE in_scope`,
    },
    {
      name: `question-${slug}-organisations`,
      title: `${title}: by organisation`,
      description: `Per organisation with current members in scope: its members' own stances on "${title}" (counted per state) and, apart from them, the organisation's own position where it speaks as a group actor.`,
      sql: lawQuestionByOrgSql(f, question, set),
    },
    focusedDataset(coded, 'question_id', question, `${title}: ${statements ? 'statements' : 'positions'} with sources`),
  ];
}
