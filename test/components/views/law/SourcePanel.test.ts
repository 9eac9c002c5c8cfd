import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import SourcePanel from '../../../../src/views/law/SourcePanel.svelte';
import type { LawActor } from '../../../../src/views/law/actors';
import type { LawQuestionRow } from '../../../../src/queries/law';
import type { LawPositionRow } from '../../../../src/queries/law-positions';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

const question: LawQuestionRow = {
  question_id: 'sovereignty_rule',
  sort_order: 2,
  short_title: 'Sovereignty as a rule',
  explanation: 'Is sovereignty a rule?',
  supports_means: 'A rule.',
  qualified_means: 'In part.',
  opposes_means: 'A principle only.',
  source_id: 'cg-coding-guide',
};
const row = (over: Partial<LawPositionRow> = {}): LawPositionRow => ({
  actor_id: 'XXX',
  question_id: 'sovereignty_rule',
  stance: 'opposes',
  year: 2022,
  source_strength: 'derivative',
  strength_rank: 5,
  inferred: true,
  source_title: 'A mirror copy',
  source_url: 'https://example.org/a b',
  evidence_note: 'Says it is a principle.',
  source_id: 'mirror',
  weak_source: true,
  source_type: null,
  ai_summary: false,
  ...over,
});
const actor = (kind: 'state' | 'group' = 'state', name = 'Testland', over: Partial<LawActor> = {}): LawActor => ({
  id: 'XXX',
  name,
  kind,
  unGroup: null,
  membersInScope: null,
  cells: new Map(),
  stances: [],
  positions: 1,
  docs: undefined,
  missing: 'silent',
  ...over,
});

function render(r: LawPositionRow | undefined, a: LawActor = actor()) {
  app = mount(SourcePanel, {
    target: document.body,
    props: { actor: a, question, row: r, onclose: () => {}, onquestion: () => {} },
  });
  flushSync();
}

describe('SourcePanel', () => {
  it('shows stance, meaning, source, year, note and a flagged weak, inferred source', () => {
    render(row());
    const text = document.body.textContent ?? '';
    expect(document.querySelector('[data-testid="source-stance"]')?.textContent).toBe('Opposes');
    expect(text).toContain('A principle only.');
    expect(text).toContain('2022');
    expect(document.querySelector('[data-testid="source-link"]')?.getAttribute('href')).toBe('https://example.org/a');
    expect(document.querySelector('[data-testid="source-strength"] .badge')?.textContent).toBe(
      'Derivative or machine-made copy',
    );
    expect(document.querySelector('[data-testid="source-strength"] .badge')?.classList.contains('warn')).toBe(true);
    expect(text).toContain('inferred');
    expect(text).toContain('weak source');
  });

  it('renders text from data as text and never links a non-http URL', () => {
    render(
      row({
        inferred: false,
        source_title: '<b>bold</b>',
        source_url: 'javascript:alert(1)',
        evidence_note: '<img src=x onerror=alert(1)>',
      }),
    );
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(document.querySelector('[data-testid="source-note"]')?.textContent).toContain(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('[data-testid="source-link"]')).toBeNull();
  });

  it("says a group position is not counted as its members' stance", () => {
    render(
      row({ actor_id: 'EU', stance: 'supports', source_strength: 'toolkit', strength_rank: 2, inferred: false }),
      actor('group', 'European Union'),
    );
    expect(document.body.textContent).toContain('It is not counted as the stance of any member state.');
  });

  it('a silent cell says silence is not opposition', () => {
    render(undefined);
    expect(document.body.textContent).toContain('Silence is not opposition.');
  });

  it('an actor with a published position reads "not coded yet", with coded from N of M documents', () => {
    render(undefined, actor('state', 'Testland', { missing: 'not_coded', docs: { documents: 3, used: 1 } }));
    const t = document.querySelector('[data-testid="source-missing"]')?.textContent ?? '';
    expect(t).toContain('Not coded yet');
    expect(t).toContain('coded from 1 of 3 known documents');
    expect(t).not.toContain('Silent');
  });
});
