/**
 * Which subjects of the app an agenda item touches, read from the item's own words. This is
 * Common Ground's keyword reading (shown on screen as such), not a classification by the UN:
 * "substantive issues" of A/RES/75/240 para 1 and "the five pillars" are read as all five pillars.
 */

/** A subject the app holds data on (or says it holds none). */
export type AgendaTopic =
  'threats' | 'norms' | 'law' | 'cbms' | 'capacity' | 'proposals' | 'stakeholders' | 'institutional';

const ALL_PILLARS = /five pillars|substantive issues/i;

const RULES: readonly [AgendaTopic, RegExp][] = [
  ['threats', /threat|specific challenges|critical infrastructure|incident severity/i],
  ['norms', /\bnorms?\b|checklist/i],
  ['law', /international law/i],
  ['cbms', /\bCBMs?\b|confidence|points? of contact|\bPOC\b/i],
  ['capacity', /capacity/i],
  ['proposals', /new norms|future permanent mechanism|develop(ing)? norms/i],
  ['stakeholders', /stakeholder/i],
  [
    'institutional',
    /organi[sz]ation of work|election of the Chair|provisional agenda|adoption of|permanent mechanism|thematic groups|DTGs?\b|roadmap|transition|review of working-group/i,
  ],
];

const PILLARS: readonly AgendaTopic[] = ['threats', 'norms', 'law', 'cbms', 'capacity'];

/** Topics of one agenda item, in a fixed order; an item naming no subject gets none. */
export function agendaTopics(text: string): AgendaTopic[] {
  const hits = new Set<AgendaTopic>(RULES.filter(([, re]) => re.test(text)).map(([t]) => t));
  if (ALL_PILLARS.test(text)) for (const p of PILLARS) hits.add(p);
  return RULES.map(([t]) => t).filter((t) => hits.has(t));
}

/** Plain words for a topic and where in the app it lives. */
export const TOPIC_INFO: Record<AgendaTopic, { label: string; view: string | null; holds: string }> = {
  threats: { label: 'threats', view: null, holds: 'The app holds no data on threats; the brief says so.' },
  norms: {
    label: 'norms',
    view: 'norms',
    holds: 'Survey answers and evidence on the 11 norms, proposed norms, regional commitments.',
  },
  law: {
    label: 'international law',
    view: 'law',
    holds: 'Coded stances of states on 14 legal questions, position documents.',
  },
  cbms: {
    label: 'CBMs and points of contact',
    view: 'crosswalk',
    holds: 'OSCE and OAS CBMs linked to the norms; published counts of the POC directory.',
  },
  capacity: {
    label: 'capacity-building',
    view: 'capacity',
    holds: 'ITU GCI 2020 scores (context only), survey needs and offers.',
  },
  proposals: {
    label: 'proposed norms',
    view: 'proposals',
    holds: 'The register of proposed new or updated norms and their backers.',
  },
  stakeholders: {
    label: 'stakeholders',
    view: 'meetings',
    holds: 'Published facts on stakeholder modalities and accreditation.',
  },
  institutional: {
    label: 'organisation of the process',
    view: 'meetings',
    holds: 'The calendar, decisions and documents of the process.',
  },
};
