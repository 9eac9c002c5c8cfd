/** The audience's own record, printed before anything about others: its votes and co-sponsorships. */
import type { BriefSponsorRow } from '../../queries/brief';
import type { Citations } from './cite';
import type { DocIndex } from './doc';
import { rowOf, type Answer, type BriefItem } from './items';
import type { ScopeState } from '../../analysis/answer-measures';
import type { Statement } from './types';
import { listWords, plural } from './words';

/** "Kenya cast recorded votes on 11 of the 12 roll calls: yes 9, abstain 2; absent or not voting 1." */
export function voteRecord(
  audience: ScopeState,
  rollCalls: readonly BriefItem[],
  answers: readonly Answer[],
  cite: Citations,
): Statement[] {
  if (!rollCalls.length) return [];
  const keys = new Set(rollCalls.map((i) => i.key));
  const mine = answers.filter((a) => a.iso3 === audience.iso3 && keys.has(a.key));
  const n = (l: string) => mine.filter((a) => a.level === l).length;
  const parts = [
    ['yes', n('Y')],
    ['abstain', n('A')],
    ['no', n('N')],
  ]
    .filter(([, c]) => c)
    .map(([w, c]) => `${w} ${c}`);
  const absent = rollCalls.length - mine.length;
  return [
    cite.say(
      `${audience.name} cast recorded votes on ${mine.length} of the ${plural(rollCalls.length, 'UNGA roll call')} on ICT security in this data${parts.length ? `: ${parts.join(', ')}` : ''}${absent ? `; absent or not voting on ${absent}` : ''}.`,
      mine.map(rowOf),
    ),
  ];
}

/** Resolutions the audience sponsored or co-sponsored, by symbol; silence when none is recorded. */
export function sponsorRecord(
  audience: ScopeState,
  rows: readonly BriefSponsorRow[],
  docs: DocIndex,
  cite: Citations,
): Statement[] {
  if (!rows.length)
    return [
      {
        text: `No sponsorship by ${audience.name} of the ICT-security resolutions is recorded in this data (the sponsor lists are incomplete).`,
        cites: [],
        rows: [],
      },
    ];
  const cited = rows.map((r) => ({
    doc: docs.doc({
      sourceId: r.source_id,
      url: r.source_url,
      symbol: r.resolution_id,
      title: `Sponsors of ${r.resolution_id}`,
    }),
    row: `s:${r.resolution_id}|${audience.iso3}`,
  }));
  const lead = rows.filter((r) => r.role === 'lead' || r.role === 'sponsor').map((r) => r.resolution_id);
  const co = rows.filter((r) => !lead.includes(r.resolution_id)).map((r) => r.resolution_id);
  const parts = [
    ...(lead.length ? [`led ${listWords(lead)}`] : []),
    ...(co.length ? [`co-sponsored ${listWords(co)}`] : []),
  ];
  return [cite.say(`${audience.name} ${parts.join(' and ')}.`, cited)];
}
