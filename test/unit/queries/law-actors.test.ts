import { describe, expect, it } from 'vitest';
import { buildActors, namesByQuestion, sortActors } from '../../../src/views/law/actors';
import { lawMapData } from '../../../src/views/law/map-data';
import type { LawScopeRow } from '../../../src/queries/law';
import type { LawPositionRow } from '../../../src/queries/law-positions';
import type { LawQuestionMapRow } from '../../../src/queries/law-question';

const actorRow = (actor_id: string, kind: 'state' | 'group', bucket: string): LawScopeRow => ({
  row: 'actor',
  question_id: null,
  kind,
  bucket,
  actor_id,
  actor_name: actor_id,
  n: kind === 'group' ? 5 : null,
  supports: 0,
  qualified: 0,
  opposes: 0,
  inferred: 0,
  weak: 0,
});
const pos = (actor_id: string, question_id: string, stance: LawPositionRow['stance']): LawPositionRow => ({
  actor_id,
  question_id,
  stance,
  year: null,
  source_strength: 'toolkit',
  strength_rank: 2,
  inferred: false,
  source_title: 't',
  source_url: 'https://x',
  evidence_note: 'n',
  source_id: 's',
  weak_source: false,
  source_type: null,
  ai_summary: false,
});

const scope = [
  actorRow('WWW', 'state', 'WEOG'),
  actorRow('AAA', 'state', 'African'),
  actorRow('EU', 'group', 'EU'),
  actorRow('SIL', 'state', 'GRULAC'),
  actorRow('OBS', 'state', 'No UN regional group'),
];
const positions = [
  pos('WWW', 'q1', 'supports'),
  pos('WWW', 'q2', 'opposes'),
  pos('AAA', 'q1', 'supports'),
  pos('EU', 'q1', 'supports'),
  pos('EU', 'q2', 'opposes'),
  pos('EU', 'q3', 'supports'),
  pos('OUT', 'q1', 'opposes'), // an actor out of scope: ignored
];

describe('buildActors and sortActors', () => {
  const actors = buildActors(scope, positions, ['q1', 'q2', 'q3']);

  it('one actor per id with stances in question order; a document-only actor is all silent; out-of-scope positions ignored', () => {
    expect(actors.map((a) => [a.id, a.positions, a.stances])).toEqual([
      ['WWW', 2, ['supports', 'opposes', null]],
      ['AAA', 1, ['supports', null, null]],
      ['EU', 3, ['supports', 'opposes', 'supports']],
      ['SIL', 0, [null, null, null]],
      ['OBS', 0, [null, null, null]],
    ]);
    expect(actors.find((a) => a.id === 'EU')?.membersInScope).toBe(5);
    expect(actors.find((a) => a.id === 'OBS')?.unGroup).toBeNull();
  });

  it('region order: UN regional groups in order, group actors last', () => {
    expect(sortActors(actors, 'region', null).map((a) => a.id)).toEqual(['AAA', 'SIL', 'WWW', 'OBS', 'EU']);
  });

  it('positions and name orders', () => {
    expect(sortActors(actors, 'positions', null).map((a) => a.id)).toEqual(['EU', 'WWW', 'AAA', 'OBS', 'SIL']);
    expect(sortActors(actors, 'name', null).map((a) => a.id)).toEqual(['AAA', 'EU', 'OBS', 'SIL', 'WWW']);
  });

  it('names per question and stance', () => {
    const n = namesByQuestion(actors);
    expect(n.get('q1')).toEqual({ supports: ['WWW', 'AAA', 'EU'] });
    expect(n.get('q2')).toEqual({ opposes: ['WWW', 'EU'] });
    expect(n.has('q4')).toBe(false);
  });

  it('similarity to a reference: WWW agrees with the EU on 2 of 2, AAA on 1 of 1, SIL shares nothing', () => {
    expect(sortActors(actors, 'similarity', 'EU').map((a) => a.id)).toEqual(['EU', 'WWW', 'AAA', 'OBS', 'SIL']);
  });
});

describe('lawMapData', () => {
  const m = (
    iso3: string,
    stance: LawQuestionMapRow['stance'],
    covered_by: string | null,
    covered_stance: LawQuestionMapRow['covered_stance'],
  ): LawQuestionMapRow => ({
    iso3,
    m49: 1,
    name: iso3,
    un_group: null,
    in_scope: true,
    stance,
    inferred: false,
    strength_rank: 2,
    covered_by,
    covered_stance,
  });
  const mapRows = [m('FRA', 'supports', 'EU', 'opposes'), m('DZA', null, 'AU', 'supports')];

  it('without the layer, a covered state is silent; its own stance always wins', () => {
    const { data } = lawMapData(mapRows, false);
    expect(data[0].valueLabel).toBe('Supports (own position)');
    expect(data[1].fill).toBeNull();
  });

  it("with the layer, the covered state is drawn pale and labelled as the group's position", () => {
    const { data, legend } = lawMapData(mapRows, true);
    expect(data[0].valueLabel).toBe('Supports (own position)');
    expect(data[1].fill).not.toBeNull();
    expect(data[1].valueLabel).toBe("No stance of its own; covered by the AU position (supports), not the state's own");
    expect(legend.kind === 'categorical' && legend.entries.length).toBe(7);
  });
});
