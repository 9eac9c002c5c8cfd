/** The brief as Markdown ("Download Markdown"): the same model the page renders, as text. */
import { citeText, footnoteText } from './cite';
import { recordTitle, runningHeader } from './sections';
import type { Brief, Statement } from './types';
import { LEVEL_WORDS, pct } from './words';

/** Escape text from data so a Markdown viewer shows it literally (no links, HTML or tables from data). */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

const line = (s: Statement) => `- ${md(s.text)}${s.cites.length ? ` ${citeText(s.cites)}` : ''}`;
const row = (cells: string[]) => `| ${cells.map(md).join(' | ')} |`;
const head = (cells: string[]) => [`| ${cells.join(' | ')} |`, `|${cells.map(() => '---').join('|')}|`];

/** Render the brief. */
export function briefMarkdown(b: Brief): string {
  const out: string[] = [`# ${md(b.title)}`, ''];
  if (b.illustrative) out.push('**ILLUSTRATIVE — NOT STATE DATA: this brief uses generated survey rows.**', '');
  out.push(`*${md(runningHeader(b))}*`, '', `**The question:** ${md(b.question)}`, '');
  out.push(
    `Prepared ${b.date}${b.audience ? ` for the delegation of ${md(b.audience.name)}` : ''}. States in scope: ${md(b.scopeText)}.`,
    '',
  );
  out.push(`**Data basis:** ${md(b.dataBasis)}`, '');
  if (b.keyFigures.length)
    out.push(
      '## Key figures',
      '',
      ...head(['Figure', 'Value', 'Note']),
      ...b.keyFigures.map((k) => row([k.label, k.value, k.note])),
      '',
    );
  if (b.audience && b.record.length) out.push(`## ${md(recordTitle(b))}`, '', ...b.record.map(line), '');
  if (b.positions) {
    const p = b.positions;
    out.push(`## Positions by name: ${md(p.item)}`, '', ...p.summary.map(line), '');
    const table = (title: string, lines: typeof p.groups) => {
      if (!lines.length) return;
      out.push(`### ${md(title)}`, '', ...head(['Actor', 'Stance', 'Year', 'Document', 'Note']));
      for (const l of lines)
        out.push(
          row([
            l.name,
            l.stance ? (LEVEL_WORDS[l.stance] ?? l.stance) : 'not coded',
            l.year ? String(l.year) : '—',
            `${l.document} ${citeText(l.cites)}`,
            l.flags.join('; '),
          ]),
        );
      out.push('');
    };
    for (const g of p.byStance) table(`${g.label} (${g.lines.length})`, g.lines);
    table('Group positions (not counted as their members)', p.groups);
    table('Published a position, not coded on this question', p.notCoded);
  }
  if (b.evidence) {
    out.push(`## Cited evidence: ${md(b.evidence.norm)}`, '', ...b.evidence.summary.map(line), '');
    if (b.evidence.lines.length)
      out.push(
        ...head(['State', 'Rung', 'Evidence', 'Year']),
        ...b.evidence.lines.map((l) =>
          row([l.name, l.rung, `${l.what} ${citeText(l.cites)}`, l.year ? String(l.year) : '—']),
        ),
        '',
      );
  }
  if (b.consensus.length) out.push('## Where consensus exists and where it does not', '', ...b.consensus.map(line), '');
  if (b.alignment) {
    const a = b.alignment;
    out.push(`## Alignment with ${md(a.audience)} in UNGA votes`, '', ...a.statements.map(line), '');
    for (const [title, list] of [
      [`Most aligned with ${a.audience}`, a.most],
      [`Least aligned with ${a.audience}`, a.least],
    ] as const) {
      if (!list.length) continue;
      out.push(
        `### ${md(title)}`,
        '',
        ...head(['State', 'Recorded votes in common', 'Agreement']),
        ...list.map((s) => row([s.name, String(s.joint), pct(s.agreement)])),
        '',
      );
    }
  }
  if (b.capacity.length) out.push('## Capacity context', '', ...b.capacity.map(line), '');
  if (b.groupChart) {
    out.push(
      `## Answers by UN regional group: ${md(b.groupChart.item)}`,
      '',
      ...head(['Group', ...[...b.groupChart.levels].reverse(), 'no answer', 'support share']),
    );
    for (const g of b.groupChart.bars)
      out.push(row([g.group, ...[...g.counts].reverse().map(String), String(g.silent), pct(g.supportShare)]));
    out.push('');
  }
  if (b.itemChart?.length) {
    out.push('## Consensus per item', '', ...head(['Item', 'Answered', 'Consensus', 'Support share']));
    for (const i of b.itemChart)
      out.push(
        row([
          `${i.label}${i.flag ? ` (${i.flag})` : ''}`,
          `${i.answered} of ${i.inScope}`,
          i.consensus === null ? 'n/a' : i.consensus.toFixed(2),
          pct(i.supportShare),
        ]),
      );
    out.push('');
  }
  out.push(
    '## Data caveats',
    '',
    ...(b.caveats.length ? b.caveats.map((c) => `- ${md(c)}`) : ['- None beyond coverage.']),
    '',
  );
  out.push('## Method', '', ...b.method.map((m) => `- ${md(m)}`), '');
  out.push('## Sources', '');
  for (const f of b.footnotes)
    out.push(
      `${f.n}. ${md(footnoteText(f)).replace(/(https?:\S+)/, (u) => `<${u.replace(/\\/g, '').replace(/[<>]/g, '')}>`)}`,
    );
  return out.join('\n') + '\n';
}
