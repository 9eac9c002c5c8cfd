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
      '47 actors (44 states, the African Union, the EU and NATO) on 14 questions. A missing row means "not coded", never "no position".',
      'Coverage is uneven: "necessity" and "data as an object" have one coded position each; "attribution evidence" records only the side that sees no legal duty.',
      '29 rows rest on derivative or machine-made sources (meeting summaries, copies of articles) and a further set on news reports; each row shows its source strength. Some stances are inferred from the structure of a paper or from endorsing earlier consensus; they are flagged.',
      'Group positions (AU, EU, NATO) are the group\'s own; they are never counted as the stance of each member state.',
    ],
  },
  {
    dataset: 'UNGA votes',
    file: 'data/unga-votes/DATA.md',
    points: [
      'Six roll calls (2018–2019) are confirmed. For six roll calls from 2020–2023 the votes are real but which resolution each roll call is has been inferred from date and voting pattern; they carry an "inferred" flag everywhere.',
      '"Absent" (X) mixes absence and loss of vote through arrears. Two cells are absent only because the source codes the state as a non-member (Yemen on 78/16, Türkiye on the 2023 Russian–Chinese text).',
      'Most totals are counted from the per-country record, not published figures. No 2024–2025 votes are included. First Committee and plenary votes are kept apart.',
    ],
  },
  {
    dataset: 'Norms, CBMs and capacity',
    file: 'data/norms-capacity/DATA.md',
    points: [
      'Norm and CBM summaries are paraphrases, not the UN or OSCE text.',
      'ITU GCI 2020 scores come from a third-party extraction of ITU\'s report and are not checked against the PDF. Micronesia, Palau, the Holy See and Yemen have no record; Mozambique\'s values are withheld; Slovakia and Slovenia lack some pillars. Missing is shown as missing, never as zero, and no ranks are computed.',
      'Licence: ITU permits reuse of GCI data for educational and non-commercial purposes only. Exports that include GCI scores carry this notice.',
      'No list of states that submitted the National Survey of Implementation was found; the survey structure rows are placeholders, not real questions.',
    ],
  },
];
