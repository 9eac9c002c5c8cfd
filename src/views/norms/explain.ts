import { GAP_MIN_ANSWERS } from './model';

/** One-sentence explanations shown in the tooltips of the norms view (and the About page's words). */
export const EXPLAIN = {
  coverage:
    'States in scope that gave a status for this norm, out of all states in scope: consensus among 12 states that answered is not consensus among 193.',
  distribution:
    'How the answering states describe their implementation: none, planned, partial or implemented; the hatched part is states in scope that gave no answer.',
  support:
    'Mean implementation score of the answers: implemented counts 1, partial 0.5, planned and none 0 (a plan is not yet a measure in place).',
  consensus:
    'Tastle–Wierman ordinal consensus of the four statuses: 1 when every answering state gives the same status, 0 when they split evenly between none and implemented.',
  gic: 'Polis group-informed consensus: the product over groups of (implemented + ½·partial + 1) / (answers + 2), high only when every group reports implementation; compare norms only under the same grouping.',
  divergence: `Largest gap in support share between two groups with at least ${GAP_MIN_ANSWERS} answers each, and η²: the share of the variation between states that the grouping explains (0 none, 1 all).`,
  challenges:
    'Share of the states in scope that answered this norm and listed each challenge; capacity need and offer are yes / (yes + no), so states that left the question blank are not counted.',
  heat: "Support share per group (implemented 1, partial 0.5, planned and none 0); the small line is answers out of the group's states in scope.",
  similarity:
    "States with similar answer profiles sit together: ordered along the first principal component of their statuses (missing answers count as the norm's average).",
} as const;
