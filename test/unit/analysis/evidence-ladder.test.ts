import { describe, expect, it } from 'vitest';
import {
  atOrAbove,
  highestRung,
  rungCounts,
  rungSql,
  verdict,
  CODED_STATUS_RUNG,
} from '../../../src/analysis/evidence-ladder';
import { CODED_STATUSES } from '../../../src/validate/specs/normEvidence';

describe('evidence ladder', () => {
  it('maps every coded status of norm-evidence/DATA.md; capacity scores are never a rung', () => {
    expect(Object.keys(CODED_STATUS_RUNG).sort()).toEqual([...CODED_STATUSES].sort());
    expect(CODED_STATUS_RUNG.capacity_score).toBeNull();
    expect(CODED_STATUS_RUNG.self_reported).toBe(4);
    expect(CODED_STATUS_RUNG.measure_in_place).toBe(3);
    expect(CODED_STATUS_RUNG.legal_obligation).toBe(2);
    expect(CODED_STATUS_RUNG.regional_commitment).toBe(1);
    expect(rungSql('x')).toContain("WHEN 'capacity_score' THEN NULL");
  });
  it('takes the highest rung and counts states per rung (hand-computed)', () => {
    expect(highestRung([1, null, 3, 2])).toBe(3);
    expect(highestRung([null])).toBe(0);
    const counts = rungCounts([0, 0, 1, 3, 4, 1]);
    expect(counts).toEqual([2, 2, 0, 1, 1]);
    expect(atOrAbove(counts, 3)).toBe(2);
    expect(verdict(counts, 2)).toBe('Evidence for 4 of 6 states in scope; 2 with a measure in place; 1 self-reported');
  });
});
