/** The brief as Markdown ("Download Markdown"): the same model the page renders, as text. */
import { citeText } from './cite';
import type { Brief, Statement } from './types';

/** Escape text from data so a Markdown viewer shows it literally (no links, HTML or tables from data). */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

const line = (s: Statement) => `- ${md(s.text)}${s.cites.length ? ` ${citeText(s.cites)}` : ''}`;
const row = (cells: string[]) => `| ${cells.map(md).join(' | ')} |`;
const head = (cells: string[]) => [`| ${cells.join(' | ')} |`, `|${cells.map(() => '---').join('|')}|`];

/** Render the brief. */
export function briefMarkdown(b: Brief): string {
  const out: string[] = [`# ${md(b.title)}`, '', `**The question:** ${md(b.question)}`, ''];
  out.push(`Prepared ${b.date}${b.audience ? ` for the delegation of ${md(b.audience.name)}` : ''}. States in scope: ${md(b.scopeText)}. Data version ${b.dataVersion} (built ${b.builtAt.slice(0, 10)}), Common Ground.`, '');
  out.push('## Key figures', '', ...head(['Figure', 'Value', 'Note']), ...b.keyFigures.map((k) => row([k.label, k.value, k.note])), '');
  out.push('## Where consensus exists and where it does not', '', ...b.consensus.map(line), '');
  if (b.audience) out.push(`## ${md(b.audience.name)}'s position against its group`, '', ...(b.audienceSection.length ? b.audienceSection.map(line) : ['- No item to compare.']), '');
  out.push('## Likely allies and opponents', '', ...b.alliesNote.map(line), '');
  for (const a of b.allies) {
    if (!a.allies.length) continue;
    out.push(`### By agreement on ${md(a.basis)}`, '', ...head(['', 'State', 'Agreement', 'Items both answered', 'Answer on the focus']));
    for (const [kind, list] of [['ally', a.allies], ['opponent', a.opponents]] as const)
      for (const c of list) out.push(row([kind, c.name, `${Math.round(c.agreement * 100)}%`, String(c.joint), c.onFocus ?? '—']));
    out.push('');
  }
  out.push('## Capacity context', '', ...b.capacity.map(line), '');
  if (b.groupChart) {
    out.push(`## Answers by UN regional group: ${md(b.groupChart.item)}`, '', ...head(['Group', ...[...b.groupChart.levels].reverse(), 'no answer', 'support share']));
    for (const g of b.groupChart.bars) out.push(row([g.group, ...[...g.counts].reverse().map(String), String(g.silent), g.supportShare === null ? 'n/a' : `${Math.round(g.supportShare * 100)}%`]));
    out.push('');
  }
  if (b.itemChart) {
    out.push('## Consensus per item', '', ...head(['Item', 'Answered', 'Consensus', 'Support share']));
    for (const i of b.itemChart) out.push(row([`${i.label}${i.flag ? ` (${i.flag})` : ''}`, `${i.answered} of ${i.inScope}`, i.consensus === null ? 'n/a' : i.consensus.toFixed(2), i.supportShare === null ? 'n/a' : `${Math.round(i.supportShare * 100)}%`]));
    out.push('');
  }
  out.push('## Data caveats', '', ...(b.caveats.length ? b.caveats.map((c) => `- ${md(c)}`) : ['- None beyond coverage.']), '');
  out.push('## Method', '', ...b.method.map((m) => `- ${md(m)}`), '');
  out.push('## Sources', '');
  for (const f of b.footnotes) out.push(`${f.n}. ${md(f.title)}${f.publisher ? ` — ${md(f.publisher)}` : ''}${f.url ? `. <${f.url.replace(/[<>\s]/g, '')}>` : ''} (${f.strength ?? 'strength not stated'}${f.weak ? '; WEAK SOURCE' : ''}; ${f.rows} row${f.rows === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}
