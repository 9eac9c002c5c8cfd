import { describe, expect, it } from 'vitest';
import { app, registerViews } from '../../../../src/state/app.svelte';
import { parseHash } from '../../../../src/state/url';
import type { Declared, ParamSpecs } from '../../../../src/state/params';
import { overviewUrl } from '../../../../src/views/overview/params';
import { indicatorOf } from '../../../../src/views/overview/indicator';
import { readNormsParams, normsUrl } from '../../../../src/views/norms/params';
import { lawUrl } from '../../../../src/views/law/params';
import { alignmentUrl } from '../../../../src/views/alignment/params';
import { capacityUrl } from '../../../../src/views/capacity/params';
import { compareUrl } from '../../../../src/views/compare/params';
import { briefUrl } from '../../../../src/views/brief/params';
import { meetingsUrl } from '../../../../src/views/meetings/params';
import { crosswalkUrl } from '../../../../src/views/crosswalk/params';
import { profileUrl } from '../../../../src/views/profile/params';
import { surveyDraftUrl } from '../../../../src/views/survey-draft/params';
import * as T from './formats';

const DECLS: Declared<ParamSpecs>[] = [
  overviewUrl,
  normsUrl,
  lawUrl,
  alignmentUrl,
  capacityUrl,
  compareUrl,
  briefUrl,
  meetingsUrl,
  crosswalkUrl,
  profileUrl,
  surveyDraftUrl,
];
const VIEWS = DECLS.map((d) => d.view);
const raw = (view: string, q: string) => parseHash(`#/${view}?${q}`, VIEWS, 'overview').params;

const READERS: Record<string, [T.ParseRow[], (p: Record<string, string>) => Record<string, unknown>]> = {
  overview: [
    T.OVERVIEW,
    (p) => {
      const v = overviewUrl.read(p);
      return { indicator: indicatorOf(v), state: v.state, map: v.map };
    },
  ],
  norms: [T.NORMS, (p) => ({ ...readNormsParams(p) })],
  law: [T.LAW, (p) => ({ ...lawUrl.read(p) })],
  alignment: [T.ALIGNMENT, (p) => ({ ...alignmentUrl.read(p) })],
  capacity: [T.CAPACITY, (p) => ({ ...capacityUrl.read(p) })],
  compare: [T.COMPARE, (p) => ({ ...compareUrl.read(p) })],
  brief: [T.BRIEF, (p) => ({ ...briefUrl.read(p) })],
  meetings: [T.MEETINGS, (p) => ({ ...meetingsUrl.read(p) })],
  crosswalk: [T.CROSSWALK, (p) => ({ framework: crosswalkUrl.read(p).framework ?? 'ASEAN' })],
  profile: [T.STATE_ONLY, (p) => ({ ...profileUrl.read(p) })],
  'survey-draft': [T.STATE_ONLY, (p) => ({ ...surveyDraftUrl.read(p) })],
};

describe('URL formats stay byte-identical', () => {
  for (const [view, [rows, read]] of Object.entries(READERS))
    it(`${view}: every pinned link reads as before`, () => {
      for (const r of rows) expect(read(raw(view, r.q)), `${view}?${r.q}`).toMatchObject(r.v);
    });

  it('every pinned action writes the same hash as before', () => {
    registerViews(VIEWS);
    for (const w of T.WRITES) {
      const decl = DECLS.find((d) => d.view === w.view)!;
      app.load(w.from);
      decl.set(w.set);
      expect(app.hash(), `${w.from} ${JSON.stringify(w.set)}`).toBe(w.hash);
    }
  });
});
