/**
 * Today's URL formats, pinned: representative links per view → the values the view reads, and
 * a user action → the exact hash written. Expected values are written by hand from the
 * documented formats (and were checked against the code before the typed declarations).
 */

/** A link's query (after `#/<view>?`) and values the view must read from it (a subset). */
export interface ParseRow {
  q: string;
  v: Record<string, unknown>;
}

export const OVERVIEW: ParseRow[] = [
  { q: '', v: { indicator: { kind: 'group' }, state: null, map: 'tiles' } },
  { q: 'ind=gci', v: { indicator: { kind: 'gci', pillar: 'overall' } } },
  { q: 'ind=gci&pillar=technical', v: { indicator: { kind: 'gci', pillar: 'technical' } } },
  { q: 'ind=gci&pillar=magic', v: { indicator: { kind: 'gci', pillar: 'overall' } } },
  { q: 'ind=vote', v: { indicator: { kind: 'vote', resolutionId: 'A/RES/77/37' } } },
  { q: 'ind=vote&res=A/RES/78/16', v: { indicator: { kind: 'vote', resolutionId: 'A/RES/78/16' } } },
  { q: 'ind=vote&res=', v: { indicator: { kind: 'vote', resolutionId: 'A/RES/77/37' } } },
  { q: 'ind=yes', v: { indicator: { kind: 'yes_share' } } },
  { q: 'ind=legal', v: { indicator: { kind: 'legal' } } },
  { q: 'ind=stance', v: { indicator: { kind: 'stance', questionId: 'sovereignty_rule' } } },
  { q: 'ind=stance&q=due_diligence', v: { indicator: { kind: 'stance', questionId: 'due_diligence' } } },
  { q: 'ind=stance&q=Bad!', v: { indicator: { kind: 'stance', questionId: 'sovereignty_rule' } } },
  { q: 'ind=debate', v: { indicator: { kind: 'debate', questionId: 'poa_support' } } },
  { q: 'ind=debate&q=sovereignty_rule', v: { indicator: { kind: 'debate', questionId: 'sovereignty_rule' } } },
  { q: 'ind=rung', v: { indicator: { kind: 'rung', normId: 'a' } } },
  { q: 'ind=rung&norm=d', v: { indicator: { kind: 'rung', normId: 'd' } } },
  { q: 'ind=rung&norm=z', v: { indicator: { kind: 'rung', normId: 'a' } } },
  { q: 'ind=cosponsor', v: { indicator: { kind: 'cosponsor', resolutionId: 'A/RES/77/37' } } },
  { q: 'ind=cosponsor&res=A/RES/78/16', v: { indicator: { kind: 'cosponsor', resolutionId: 'A/RES/78/16' } } },
  { q: 'ind=nonsense&res=77-37', v: { indicator: { kind: 'group' } } },
  { q: 'map=geo&state=FRA&group=WEOG', v: { map: 'geo', state: 'FRA' } },
  { q: 'map=globe', v: { map: 'tiles' } },
];

export const NORMS: ParseRow[] = [
  {
    q: '',
    v: {
      norm: null,
      grouping: { kind: 'group', org: null },
      sort: 'norm',
      dir: 'asc',
      order: 'group',
      year: null,
      state: null,
    },
  },
  { q: 'norm=g', v: { norm: 'g' } },
  { q: 'norm=z', v: { norm: null } },
  { q: 'by=region', v: { grouping: { kind: 'region', org: null } } },
  { q: 'by=org', v: { grouping: { kind: 'org', org: 'EU' } } },
  { q: 'by=org&byorg=ASEAN', v: { grouping: { kind: 'org', org: 'ASEAN' } } },
  { q: 'by=org&byorg=bad-org!', v: { grouping: { kind: 'org', org: 'EU' } } },
  { q: 'byorg=AU', v: { grouping: { kind: 'group', org: null } } },
  { q: 'sort=coverage', v: { sort: 'coverage', dir: 'desc' } },
  { q: 'sort=coverage&dir=asc', v: { sort: 'coverage', dir: 'asc' } },
  { q: 'sort=norm&dir=desc', v: { sort: 'norm', dir: 'desc' } },
  { q: 'sort=best&dir=up', v: { sort: 'norm', dir: 'asc' } },
  { q: 'order=similarity', v: { order: 'similarity' } },
  { q: 'order=cluster', v: { order: 'group' } },
  { q: 'year=2021', v: { year: 2021 } },
  { q: 'year=21', v: { year: null } },
  { q: 'state=KEN&illus=0', v: { state: 'KEN' } },
  { q: 'state=ken', v: { state: null } },
];

export const LAW: ParseRow[] = [
  {
    q: '',
    v: {
      question: null,
      actors: [],
      sort: 'order',
      actorSort: 'region',
      covered: false,
      groupActors: true,
      cell: null,
      set: 'law',
      includeAi: false,
      year: null,
    },
  },
  { q: 'question=sovereignty_rule&covered=1', v: { question: 'sovereignty_rule', covered: true } },
  { q: "question=x';DROP", v: { question: null } },
  { q: 'actors=EGY|GHA|EGY|bad', v: { actors: ['EGY', 'GHA'] } },
  { q: 'actors=A1|B2|C3|D4|E5|F6|G7|H8|I9', v: { actors: ['A1', 'B2', 'C3', 'D4', 'E5', 'F6', 'G7', 'H8'] } },
  { q: 'sort=divergence&actor_sort=similarity', v: { sort: 'divergence', actorSort: 'similarity' } },
  { q: 'group_actors=0', v: { groupActors: false } },
  { q: 'group_actors=1', v: { groupActors: true } },
  { q: 'covered=0', v: { covered: false } },
  { q: 'cell=EGY.il_applies', v: { cell: { actor: 'EGY', question: 'il_applies' } } },
  { q: 'cell=RUS.binding_instrument.extra', v: { cell: { actor: 'RUS', question: 'binding_instrument' } } },
  { q: 'cell=GBR', v: { cell: null } },
  { q: 'set=debates&ai=1&year=2023', v: { set: 'debates', includeAi: true, year: 2023 } },
  { q: 'set=votes&ai=yes&year=1899', v: { set: 'law', includeAi: false, year: null } },
];

export const ALIGNMENT: ParseRow[] = [
  {
    q: '',
    v: {
      tab: 'votes',
      rollCalls: null,
      res: null,
      order: 'cluster',
      measure: 'agreement',
      items: { votes: 'all', il: 'all', survey: [] },
      k: null,
      overlay: { kind: 'cluster' },
      state: null,
    },
  },
  { q: 'tab=agreement&state=FRA', v: { tab: 'agreement', state: 'FRA' } },
  { q: 'tab=map', v: { tab: 'map' } },
  { q: 'res=77-37&group=WEOG|GRULAC', v: { res: '77-37' } },
  { q: 'res=%2077-37%20|78-16', v: { res: '77-37' } },
  { q: 'res=!!', v: { res: null } },
  { q: 'rc=73-27|L.11-2023|bad token!', v: { rollCalls: ['73-27', 'l.11-2023'] } },
  { q: 'rc=none', v: { rollCalls: ['none'] } },
  { q: 'rc=', v: { rollCalls: null } },
  { q: 'order=group&measure=kappa&k=3', v: { order: 'group', measure: 'kappa', k: 3 } },
  { q: 'k=6', v: { k: null } },
  { q: 'k=2.5', v: { k: null } },
  { q: 'items=votes|q:sovereignty_rule', v: { items: { votes: 'all', il: ['sovereignty_rule'], survey: [] } } },
  { q: 'items=none', v: { items: { votes: [], il: [], survey: [] } } },
  { q: 'overlay=group', v: { overlay: { kind: 'group' } } },
  { q: 'overlay=org:EU', v: { overlay: { kind: 'org', org: 'EU' } } },
  { q: 'overlay=org:bad-id', v: { overlay: { kind: 'cluster' } } },
];

export const CAPACITY: ParseRow[] = [
  { q: '', v: { pillar: 'overall', bench: 'max', threshold: 10, by: 'group', gaps: 'all', map: 'tiles', state: null } },
  { q: 'pillar=technical&state=MOZ&gaps=pillar', v: { pillar: 'technical', state: 'MOZ', gaps: 'pillar' } },
  { q: 'by=income&illus=1', v: { by: 'income' } },
  { q: 'by=norm', v: { by: 'group' } },
  { q: 'threshold=7.5&bench=q3', v: { threshold: 7.5, bench: 'q3' } },
  { q: 'threshold=0', v: { threshold: 0 } },
  { q: 'threshold=21', v: { threshold: 10 } },
  { q: 'threshold=abc', v: { threshold: 10 } },
  { q: 'map=geo', v: { map: 'geo' } },
];

export const COMPARE: ParseRow[] = [
  { q: '', v: { states: [] } },
  { q: 'states=FRA|DEU|USA', v: { states: ['FRA', 'DEU', 'USA'] } },
  { q: 'states=fra|%20deu%20|FRA', v: { states: ['FRA', 'DEU'] } },
  { q: 'states=FRA,KEN', v: { states: [] } },
];

export const BRIEF: ParseRow[] = [
  { q: '', v: { focus: null, audience: null, paper: 'A4', v: null } },
  { q: 'focus=norm:g&audience=KEN', v: { focus: 'norm:g', audience: 'KEN' } },
  { q: 'focus=question:sovereignty_rule', v: { focus: 'question:sovereignty_rule' } },
  { q: 'focus=group:African', v: { focus: 'group:African' } },
  { q: 'focus=item:gm-2026-dtg.1&audience=kenya', v: { focus: 'item:gm-2026-dtg.1', audience: null } },
  { q: 'focus=nonsense', v: { focus: null } },
  { q: 'paper=Letter&v=abc123', v: { paper: 'Letter', v: 'abc123' } },
  { q: 'paper=A3', v: { paper: 'A4' } },
];

export const MEETINGS: ParseRow[] = [
  { q: '', v: { tab: 'calendar', show: 'all', audience: null, today: null } },
  { q: 'tab=participation&show=un&audience=KEN', v: { tab: 'participation', show: 'un', audience: 'KEN' } },
  { q: 'today=2026-12-04', v: { today: '2026-12-04' } },
  { q: 'today=2026-13-45', v: { today: null } },
  { q: 'tab=x&show=some', v: { tab: 'calendar', show: 'all' } },
];

export const CROSSWALK: ParseRow[] = [
  { q: '', v: { framework: 'ASEAN' } },
  { q: 'framework=OAS', v: { framework: 'OAS' } },
  { q: 'framework=NATO', v: { framework: 'ASEAN' } },
];

export const STATE_ONLY: ParseRow[] = [
  { q: 'state=AUS', v: { state: 'AUS' } },
  { q: 'state=VAT&illus=1', v: { state: 'VAT' } },
  { q: 'state=aus', v: { state: null } },
  { q: '', v: { state: null } },
];

/** A user action on a view open at `from`, and the hash it writes. */
export interface WriteRow {
  view: string;
  from: string;
  /** what the user did, in the view's typed values */
  set: Record<string, unknown>;
  /** the same action as the old code wrote it (raw strings; null removes) */
  old: Record<string, string | null>;
  hash: string;
}

export const WRITES: WriteRow[] = [
  { view: 'overview', from: '#/overview', set: { ind: 'gci' }, old: { ind: 'gci' }, hash: '#/overview?ind=gci' },
  { view: 'overview', from: '#/overview?ind=gci', set: { ind: 'group' }, old: { ind: null }, hash: '#/overview' },
  {
    view: 'overview',
    from: '#/overview?ind=vote&group=WEOG',
    set: { res: 'A/RES/78/16' },
    old: { res: 'A/RES/78/16' },
    hash: '#/overview?group=WEOG&ind=vote&res=A%2FRES%2F78%2F16',
  },
  {
    view: 'overview',
    from: '#/overview?ind=vote&res=A/RES/78/16',
    set: { res: 'A/RES/77/37' },
    old: { res: null },
    hash: '#/overview?ind=vote',
  },
  {
    view: 'overview',
    from: '#/overview?illus=0',
    set: { map: 'geo', state: 'FRA' },
    old: { map: 'geo', state: 'FRA' },
    hash: '#/overview?map=geo&state=FRA',
  },
  { view: 'overview', from: '#/overview?map=geo', set: { map: 'tiles' }, old: { map: null }, hash: '#/overview' },
  {
    view: 'norms',
    from: '#/norms?norm=g',
    set: { sort: 'coverage', dir: null },
    old: { sort: 'coverage', dir: null },
    hash: '#/norms?norm=g&sort=coverage',
  },
  {
    view: 'norms',
    from: '#/norms?sort=coverage',
    set: { sort: 'coverage', dir: 'asc' },
    old: { sort: 'coverage', dir: 'asc' },
    hash: '#/norms?dir=asc&sort=coverage',
  },
  {
    view: 'norms',
    from: '#/norms',
    set: { by: 'org', byorg: 'EU' },
    old: { by: 'org', byorg: 'EU' },
    hash: '#/norms?by=org&byorg=EU',
  },
  {
    view: 'norms',
    from: '#/norms',
    set: { year: 2021, order: 'name' },
    old: { year: '2021', order: 'name' },
    hash: '#/norms?order=name&year=2021',
  },
  {
    view: 'law',
    from: '#/law?group=African',
    set: { question: 'sovereignty_rule', covered: true },
    old: { question: 'sovereignty_rule', covered: '1' },
    hash: '#/law?group=African&covered=1&question=sovereignty_rule',
  },
  { view: 'law', from: '#/law', set: { groupActors: false }, old: { group_actors: '0' }, hash: '#/law?group_actors=0' },
  { view: 'law', from: '#/law?group_actors=0', set: { groupActors: true }, old: { group_actors: null }, hash: '#/law' },
  {
    view: 'law',
    from: '#/law',
    set: { cell: { actor: 'EGY', question: 'il_applies' }, actors: ['EGY', 'GHA'] },
    old: { cell: 'EGY.il_applies', actors: 'EGY|GHA' },
    hash: '#/law?actors=EGY|GHA&cell=EGY.il_applies',
  },
  {
    view: 'law',
    from: '#/law?set=debates',
    set: { vs: ['EU', 'African'], includeAi: true, year: 2023 },
    old: { vs: 'EU|African', ai: '1', year: '2023' },
    hash: '#/law?ai=1&set=debates&vs=EU|African&year=2023',
  },
  {
    view: 'law',
    from: '#/law?sort=support&actor_sort=name',
    set: { sort: 'order', actorSort: 'region' },
    old: { sort: null, actor_sort: null },
    hash: '#/law',
  },
  {
    view: 'alignment',
    from: '#/alignment',
    set: { tab: 'agreement' },
    old: { tab: 'agreement' },
    hash: '#/alignment?tab=agreement',
  },
  { view: 'alignment', from: '#/alignment?tab=map', set: { tab: 'votes' }, old: { tab: null }, hash: '#/alignment' },
  { view: 'alignment', from: '#/alignment', set: { rollCalls: [] }, old: { rc: 'none' }, hash: '#/alignment?rc=none' },
  {
    view: 'alignment',
    from: '#/alignment',
    set: { rollCalls: ['73-27', '77-37'], res: '77-37' },
    old: { rc: '73-27|77-37', res: '77-37' },
    hash: '#/alignment?rc=73-27|77-37&res=77-37',
  },
  {
    view: 'alignment',
    from: '#/alignment?tab=map',
    set: { k: 3, overlay: { kind: 'org', org: 'EU' } },
    old: { k: '3', overlay: 'org:EU' },
    hash: '#/alignment?k=3&overlay=org%3AEU&tab=map',
  },
  {
    view: 'alignment',
    from: '#/alignment?tab=map&items=none',
    set: { items: { votes: 'all', il: 'all', survey: [] } },
    old: { items: null },
    hash: '#/alignment?tab=map',
  },
  {
    view: 'alignment',
    from: '#/alignment?tab=map',
    set: { items: { votes: ['73-27'], il: 'all', survey: [] } },
    old: { items: 'v:73-27|il' },
    hash: '#/alignment?items=v%3A73-27|il&tab=map',
  },
  {
    view: 'capacity',
    from: '#/capacity?group=WEOG&ldc=1',
    set: { threshold: 7.5, bench: 'q3' },
    old: { threshold: '7.5', bench: 'q3' },
    hash: '#/capacity?group=WEOG&ldc=1&bench=q3&threshold=7.5',
  },
  {
    view: 'capacity',
    from: '#/capacity?threshold=7',
    set: { threshold: 10, pillar: 'overall' },
    old: { threshold: null, pillar: null },
    hash: '#/capacity',
  },
  {
    view: 'capacity',
    from: '#/capacity',
    set: { by: 'income', gaps: 'pillar' },
    old: { by: 'income', gaps: 'pillar' },
    hash: '#/capacity?by=income&gaps=pillar',
  },
  {
    view: 'compare',
    from: '#/compare?states=FRA',
    set: { states: ['FRA', 'KEN'] },
    old: { states: 'FRA|KEN' },
    hash: '#/compare?states=FRA|KEN',
  },
  { view: 'compare', from: '#/compare?states=FRA', set: { states: [] }, old: { states: null }, hash: '#/compare' },
  {
    view: 'brief',
    from: '#/brief',
    set: { focus: 'norm:g', audience: 'KEN' },
    old: { focus: 'norm:g', audience: 'KEN' },
    hash: '#/brief?audience=KEN&focus=norm%3Ag',
  },
  {
    view: 'brief',
    from: '#/brief?focus=norm:g&paper=Letter',
    set: { paper: 'A4' },
    old: { paper: null },
    hash: '#/brief?focus=norm%3Ag',
  },
  {
    view: 'meetings',
    from: '#/meetings?today=2026-12-04',
    set: { tab: 'participation', show: 'un' },
    old: { tab: 'participation', show: 'un' },
    hash: '#/meetings?show=un&tab=participation&today=2026-12-04',
  },
  {
    view: 'crosswalk',
    from: '#/crosswalk',
    set: { framework: 'ASEAN' },
    old: { framework: 'ASEAN' },
    hash: '#/crosswalk?framework=ASEAN',
  },
  {
    view: 'profile',
    from: '#/profile?state=FRA',
    set: { state: 'KEN' },
    old: { state: 'KEN' },
    hash: '#/profile?state=KEN',
  },
  {
    view: 'survey-draft',
    from: '#/survey-draft',
    set: { state: 'AUS' },
    old: { state: 'AUS' },
    hash: '#/survey-draft?state=AUS',
  },
];
