import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { groupContrastSql, type GroupContrastRow } from '../../src/queries/group-contrast';

// Expected counts from the raw CSVs with the test's own parser.
const positions = readCsv('data/il-positions/positions.csv');
const states = readCsv('data/states/states.csv');
const memberships = readCsv('data/states/memberships.csv');
const inGroup = (g: string) => new Set(states.filter((s) => s.un_regional_group === g).map((s) => s.iso3));
const count = (ids: Set<string>, q: string, stance: string) =>
  positions.filter((p) => ids.has(p.actor_iso3) && p.question_id === q && p.stance === stance).length;

describe('groupContrastSql', () => {
  it('African vs WEOG on sovereignty as a rule: own stances counted, the AU apart', async () => {
    const t = await rows<GroupContrastRow>(groupContrastSql(['African', 'WEOG']));
    const q = t.filter((r) => r.question_id === 'sovereignty_rule');
    for (const [side, g] of [
      [0, 'African'],
      [1, 'WEOG'],
    ] as const) {
      const own = q.find((r) => r.row === 'own' && r.side === side)!;
      const ids = inGroup(g);
      expect(own.n).toBe(ids.size);
      expect([own.supports, own.qualified, own.opposes]).toEqual(
        ['supports', 'qualified', 'opposes'].map((s) => count(ids, 'sovereignty_rule', s)),
      );
    }
    const au = q.find((r) => r.row === 'collective' && r.actor_id === 'AU')!;
    const auMembers = memberships.filter(
      (m) => m.org_id === 'AU' && !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status),
    ).length;
    expect(au.side).toBe(0);
    expect(au.members).toBe(auMembers);
    expect(au.stance).toBe(
      positions.find((p) => p.actor_iso3 === 'AU' && p.question_id === 'sovereignty_rule')!.stance,
    );
    // the AU never speaks for WEOG
    expect(q.some((r) => r.row === 'collective' && r.actor_id === 'AU' && r.side === 1)).toBe(false);
  });

  it('an organisation side is its current member states', async () => {
    const t = await rows<GroupContrastRow>(groupContrastSql(['EU', 'African']));
    const eu = new Set(memberships.filter((m) => m.org_id === 'EU' && m.status === 'member').map((m) => m.iso3));
    const own = t.find((r) => r.row === 'own' && r.side === 0 && r.question_id === 'sovereignty_rule')!;
    expect(own.n).toBe(eu.size);
    expect(own.supports).toBe(count(eu, 'sovereignty_rule', 'supports'));
  });
});
