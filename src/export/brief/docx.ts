/**
 * The brief as a Word document (DOCX), built with the `docx` package. This module is loaded only
 * when the user asks for a DOCX (dynamic import), so the library never weighs on the first
 * screen. Headings, tables and real Word footnotes: the first citation of a document is a Word
 * footnote (numbered by Word in the same order of first use as the printed brief), later
 * citations of it repeat its number; the full source list closes the document.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { footnoteText } from './cite';
import { recordTitle, runningHeader } from './sections';
import type { Brief, Statement } from './types';
import { LEVEL_WORDS, pct } from './words';

/** Build the Word document for a brief. */
export function briefDocx(b: Brief): Document {
  const seen = new Set<number>();
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const f of b.footnotes) footnotes[String(f.n)] = { children: [new Paragraph(footnoteText(f))] };

  const refs = (cites: readonly number[]): ParagraphChild[] =>
    cites.flatMap((n, i): ParagraphChild[] => {
      const sep = i ? [new TextRun({ text: ',', superScript: true })] : [];
      if (!seen.has(n)) {
        seen.add(n);
        return [...sep, new FootnoteReferenceRun(n)];
      }
      return [...sep, new TextRun({ text: String(n), superScript: true })];
    });
  const bullet = (s: Statement) =>
    new Paragraph({ bullet: { level: 0 }, children: [new TextRun(s.text), ...refs(s.cites)] });
  const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) =>
    new Paragraph({ heading: level, keepNext: true, children: [new TextRun(text)] });
  const cell = (children: ParagraphChild[] | string, head = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: typeof children === 'string' ? [new TextRun({ text: children, bold: head })] : children,
        }),
      ],
    });
  const table = (header: string[], rows: (ParagraphChild[] | string)[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: header.map((t) => cell(t, true)) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
      ],
    });

  const body: (Paragraph | Table)[] = [];
  if (b.illustrative)
    body.push(
      new Paragraph({
        children: [
          new TextRun({
            text: 'ILLUSTRATIVE — NOT STATE DATA: this brief uses generated survey rows.',
            bold: true,
            color: 'B00020',
          }),
        ],
      }),
    );
  body.push(h(b.title, HeadingLevel.TITLE));
  body.push(
    new Paragraph({ children: [new TextRun({ text: 'The question: ', bold: true }), new TextRun(b.question)] }),
  );
  body.push(
    new Paragraph(
      `Prepared ${b.date}${b.audience ? ` for the delegation of ${b.audience.name}` : ''}. States in scope: ${b.scopeText}. Data version ${b.dataVersion} (built ${b.builtAt.slice(0, 10)}).`,
    ),
  );
  body.push(new Paragraph({ children: [new TextRun({ text: b.dataBasis, bold: true })] }));
  if (b.keyFigures.length)
    body.push(
      h('Key figures'),
      table(
        ['Figure', 'Value', 'Note'],
        b.keyFigures.map((k) => [k.label, k.value, k.note]),
      ),
    );
  if (b.audience && b.record.length) body.push(h(recordTitle(b)), ...b.record.map(bullet));
  if (b.positions) {
    const p = b.positions;
    body.push(h(`Positions by name: ${p.item}`), ...p.summary.map(bullet));
    const lines = (title: string, list: typeof p.groups) => {
      if (!list.length) return;
      body.push(
        h(title, HeadingLevel.HEADING_3),
        table(
          ['Actor', 'Stance', 'Year', 'Document'],
          list.map((l) => [
            l.name,
            l.stance ? (LEVEL_WORDS[l.stance] ?? l.stance) : 'not coded',
            l.year ? String(l.year) : '—',
            [new TextRun(`${l.document}${l.flags.length ? ` (${l.flags.join('; ')})` : ''}`), ...refs(l.cites)],
          ]),
        ),
      );
    };
    for (const g of p.byStance) lines(`${g.label} (${g.lines.length})`, g.lines);
    lines('Group positions (not counted as their members)', p.groups);
    lines('Published a position, not coded on this question', p.notCoded);
  }
  if (b.evidence) {
    body.push(h(`Cited evidence: ${b.evidence.norm}`), ...b.evidence.summary.map(bullet));
    if (b.evidence.lines.length)
      body.push(
        table(
          ['State', 'Rung', 'Evidence', 'Year'],
          b.evidence.lines.map((l) => [
            l.name,
            l.rung,
            [new TextRun(l.what), ...refs(l.cites)],
            l.year ? String(l.year) : '—',
          ]),
        ),
      );
  }
  if (b.consensus.length) body.push(h('Where consensus exists and where it does not'), ...b.consensus.map(bullet));
  if (b.alignment) {
    const a = b.alignment;
    body.push(h(`Alignment with ${a.audience} in UNGA votes`), ...a.statements.map(bullet));
    for (const [title, list] of [
      [`Most aligned with ${a.audience}`, a.most],
      [`Least aligned with ${a.audience}`, a.least],
    ] as const) {
      if (list.length)
        body.push(
          h(title, HeadingLevel.HEADING_3),
          table(
            ['State', 'Recorded votes in common', 'Agreement'],
            list.map((s) => [s.name, String(s.joint), pct(s.agreement)]),
          ),
        );
    }
  }
  if (b.capacity.length) body.push(h('Capacity context'), ...b.capacity.map(bullet));
  body.push(
    h('Data caveats'),
    ...(b.caveats.length ? b.caveats : ['None beyond coverage.']).map(
      (c) => new Paragraph({ bullet: { level: 0 }, text: c }),
    ),
  );
  body.push(h('Method'), ...b.method.map((m) => new Paragraph({ bullet: { level: 0 }, text: m })));
  body.push(
    h('Sources'),
    ...b.footnotes.map((f) => new Paragraph({ children: [new TextRun(`${f.n}. ${footnoteText(f)}`)] })),
  );

  const small = { size: 16, color: '444444' };
  return new Document({
    creator: 'Common Ground',
    title: b.title,
    description: b.dataBasis,
    footnotes,
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: runningHeader(b), ...small })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], ...small })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

/** The DOCX file's bytes. */
export async function briefDocxBytes(b: Brief): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(briefDocx(b)));
}
