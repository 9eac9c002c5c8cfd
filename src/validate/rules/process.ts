import type { RawTable, ValidationError } from '../types';
import { makeError } from '../report';
import { checkForeignKey, columnValues } from '../keys';
import { isIsoDate } from '../values';
import { isStateToken, parseBackers } from '../backers';
import { records, type Tables } from './tables';

const FILES = {
  events: 'process/process_events.csv',
  proposals: 'process/norm_proposals.csv',
  measures: 'process/regional_measures.csv',
  links: 'process/regional_norm_links.csv',
} as const;

/** Full dates must exist on the calendar, and an event cannot end before it starts. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkEventDates(events: RawTable): ValidationError[] {
  const errors: ValidationError[] = [];
  records(events, ['start_date', 'end_date']).forEach((r, i) => {
    for (const column of ['start_date', 'end_date'] as const) {
      const v = r[column];
      if (FULL_DATE.test(v) && !isIsoDate(v))
        errors.push(makeError(events.file, i + 1, 'date', `${column} "${v}" is not a calendar date`, column));
    }
    if (FULL_DATE.test(r.start_date) && FULL_DATE.test(r.end_date) && r.end_date < r.start_date) {
      errors.push(
        makeError(
          events.file,
          i + 1,
          'date-order',
          `end_date ${r.end_date} is before start_date ${r.start_date}`,
          'end_date',
        ),
      );
    }
  });
  return errors;
}

/** Every upper-case token in proposed_by / supported_by is a state ISO3 or a listed organisation code. */
function checkBackers(proposals: RawTable, states: Set<string>, statesFile: string): ValidationError[] {
  const errors: ValidationError[] = [];
  records(proposals, ['proposed_by', 'supported_by']).forEach((r, i) => {
    for (const column of ['proposed_by', 'supported_by'] as const) {
      for (const b of parseBackers(r[column])) {
        if (b.isCode && isStateToken(b.actor) && !states.has(b.actor)) {
          errors.push(
            makeError(
              proposals.file,
              i + 1,
              'foreign-key',
              `${column} code "${b.actor}" is neither an ISO3 code in ${statesFile} nor a listed organisation code`,
              column,
            ),
          );
        }
      }
    }
  });
  return errors;
}

/**
 * Cross-table rules of process/: regional links point at a coded measure of the same framework and
 * a norm a–k; backer codes are states; event dates are real and ordered.
 */
export function checkProcess(tables: Tables): ValidationError[] {
  const errors: ValidationError[] = [];
  const events = tables[FILES.events];
  if (events) errors.push(...checkEventDates(events));
  const states = tables['states/states.csv'];
  const proposals = tables[FILES.proposals];
  if (proposals && states) errors.push(...checkBackers(proposals, columnValues(states, 'iso3'), states.file));
  const links = tables[FILES.links];
  const measures = tables[FILES.measures];
  if (links && measures) {
    const keys = new Set(records(measures, ['framework', 'item_id']).map((r) => `${r.framework}|${r.item_id}`));
    records(links, ['framework', 'item_id']).forEach((r, i) => {
      if (!keys.has(`${r.framework}|${r.item_id}`)) {
        errors.push(
          makeError(
            links.file,
            i + 1,
            'foreign-key',
            `(framework, item_id) = (${r.framework}, ${r.item_id}) is not in ${measures.file}`,
            'item_id',
          ),
        );
      }
    });
  }
  const norms = tables['norms-capacity/norms.csv'];
  if (links && norms)
    errors.push(...checkForeignKey(links, 'norm_id', columnValues(norms, 'norm_id'), { parentLabel: norms.file }));
  return errors;
}
