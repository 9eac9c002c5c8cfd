/**
 * The caveats of each dataset in plain words, condensed from the DATA.md files in data/.
 * Kept as text (not derived) because they are editorial summaries; each names its file.
 */
export interface Caveat {
  dataset: string;
  file: string;
  points: string[];
}

/** Shown on the About page. */
export const CAVEATS: Caveat[] = [
  {
    dataset: 'States and groupings',
    file: 'data/states/DATA.md',
    points: [
      'UN regional groups: the United States (in no group, attends WEOG), Türkiye (WEOG and Asia-Pacific), Israel (WEOG) and Kiribati (Asia-Pacific) are coded by convention and flagged.',
      'The Holy See and the State of Palestine are observer states: no UN regional group and no UNGA votes. They are out of scope unless "observer states" is ticked.',
      'Cyber groupings are incomplete: about 14 Budapest Convention parties, 17 UN Cybercrime Convention signatories and 14 Counter Ransomware Initiative members are missing; only France and Egypt are listed of the roughly 40 co-sponsors of the 2020 Programme of Action proposal.',
      'G77 has three uncertain members (Bosnia and Herzegovina, Azerbaijan, Kiribati). Some membership sources are secondary websites and should be re-checked before publication.',
      'Former and non-participating members (e.g. Nicaragua and Venezuela in the OAS, Burkina Faso, Mali and Niger in ECOWAS) are excluded from an organisation filter unless "incl. former members" is ticked.',
      'Income groups are the World Bank FY2025 classification; the FY2026 changes are only partly known.',
    ],
  },
  {
    dataset: 'International-law positions',
    file: 'data/il-positions/DATA.md',
    points: [
      '261 stances of 51 actors (48 states, the African Union, the EU and NATO) on 14 questions, and 73 position documents of 54 actors (second pass, il-positions-2). A missing row means "not coded": it reads "not coded yet" where the actor has published a position, "silent" only where it has none; each actor shows how many of its known documents the coding used.',
      'Coverage is uneven: "necessity" has one coded position, "data as an object" four, "collective countermeasures" six; "attribution evidence" records only the side that sees no legal duty.',
      '26 rows rest on derivative or machine-made sources (meeting summaries, copy sites, thread readers, toolkit mirrors) and 36 on news or secondary reports; each row shows its source strength, and rows on weak hosts carry a "weak source" flag. Ten stances are inferred (from the structure of a paper, from endorsing earlier consensus, from an analysis); they are flagged.',
      'Self-defence: Cuba\'s rejection of force as a response to cyber operations is coded "opposes"; the question\'s meaning of "opposes" says so (see data/il-questions/DATA.md).',
      "Group positions (AU, EU, NATO) are the group's own; they are never counted as the stance of each member state.",
    ],
  },
  {
    dataset: 'Positions in UN debates',
    file: 'data/statements/DATA.md',
    points: [
      '119 stances of 40 actors (35 states and 5 groups) on 10 questions about the norms and the UN process, 2019–2025. A missing row means no statement was found and coded, not silence.',
      '9 rows come from machine-generated (AI) meeting summaries: flagged, and left out of every measure unless "Include rows from AI-generated meeting summaries" is ticked.',
      'Each actor counts with its latest coded stance by default; positions move over time, so the year is shown and a single year can be picked.',
      'Most African, Caribbean, Pacific and Arab states are missing: coverage follows which governments publish their statements online.',
    ],
  },
  {
    dataset: 'UNGA votes',
    file: 'data/unga-votes/DATA.md',
    points: [
      'All 12 recorded plenary roll calls (2018–2023) are confirmed from UN records (DGACM machine-readable resolutions, described by the UN as unofficial copies, and the UN Digital Library export); each has 193 rows whose tally equals the stated totals. A roll call whose identity were only inferred would carry an "inferred" flag everywhere.',
      'Five resolutions were adopted without a vote (75/282, 76/19, 79/237, 79/243, 80/16): every member joined the consensus. There was no recorded plenary vote on these tracks in 2024 or 2025.',
      '"Absent" (X) mixes absence, not participating and loss of vote through arrears; the sources do not tell them apart.',
      'Co-sponsor lists (sessions 74–80) are a snapshot of the DGACM record; for session 73 only the lead sponsor is known. Sponsoring a draft is not a vote. First Committee totals are missing for 2021–2025 and are shown apart from plenary votes.',
    ],
  },
  {
    dataset: 'Norms, CBMs and capacity',
    file: 'data/norms-capacity/DATA.md',
    points: [
      'Norm and CBM summaries are paraphrases, not the UN or OSCE text.',
      "ITU GCI 2020 scores come from a third-party extraction of ITU's report and are not checked against the PDF. Micronesia, Palau, the Holy See and Yemen have no record; Mozambique's values are withheld; Slovakia and Slovenia lack some pillars. Missing is shown as missing, never as zero, and no ranks are computed.",
      'Licence: ITU permits reuse of GCI data for educational and non-commercial purposes only. Exports that include GCI scores carry this notice.',
      'No list of states that submitted the National Survey of Implementation was found; the survey structure rows are placeholders, not real questions.',
    ],
  },
  {
    dataset: 'Illustrative survey',
    file: 'data/survey/DATA.md',
    points: [
      'No real national survey submissions ship with the app. The survey answers shown on the Norms, Capacity and Alignment views are generated by scripts/generate-survey.ts from a fixed seed so the views can be tried out; they say nothing about any State.',
      'Every generated row has origin = "illustrative", the manifest flags the table, every chart and brief that uses it carries an "illustrative" badge, and every export keeps the column. The "illustrative data" switch in the filter bar hides it.',
      'You can load your own coded survey data (Norms view → your survey data): it is validated row by row and analysed next to the shipped data, never written into it.',
    ],
  },
  {
    dataset: 'Norm ↔ OSCE CBM crosswalk',
    file: 'data/crosswalk/DATA.md',
    points: [
      "The links between the 11 norms and the 16 OSCE CBMs are Common Ground's own reading of the two texts, each with its stated basis; not an official mapping.",
    ],
  },
];
