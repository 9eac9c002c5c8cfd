import { describe, expect, it } from 'vitest';
import { checkValue, isIsoDate, type ColumnSpec } from '../../../src/validate/index';

const col = (spec: Partial<ColumnSpec> & Pick<ColumnSpec, 'type'>): ColumnSpec => ({ name: 'c', ...spec });

describe('checkValue', () => {
  it('requires a value unless nullable', () => {
    expect(checkValue(col({ type: 'string' }), '')).toEqual({ rule: 'required', detail: 'c is empty but required' });
    expect(checkValue(col({ type: 'integer', nullable: true }), '')).toBeNull();
  });

  it('checks integers and decimals strictly', () => {
    expect(checkValue(col({ type: 'integer' }), '2021')).toBeNull();
    expect(checkValue(col({ type: 'integer' }), '20.5')?.rule).toBe('type');
    expect(checkValue(col({ type: 'integer' }), ' 12')?.rule).toBe('type');
    expect(checkValue(col({ type: 'decimal' }), '99.54')).toBeNull();
    expect(checkValue(col({ type: 'decimal' }), '9,5')).toEqual({
      rule: 'type',
      detail: 'c "9,5" is not a decimal number',
    });
  });

  it('checks ranges inclusively', () => {
    const pillar = col({ type: 'decimal', min: 0, max: 20 });
    expect(checkValue(pillar, '20')).toBeNull();
    expect(checkValue(pillar, '0')).toBeNull();
    expect(checkValue(pillar, '20.01')).toEqual({ rule: 'range', detail: 'c 20.01 is outside 0–20' });
    expect(checkValue(pillar, '-1')?.rule).toBe('range');
  });

  it('accepts only the strings true and false as booleans', () => {
    expect(checkValue(col({ type: 'boolean' }), 'true')).toBeNull();
    expect(checkValue(col({ type: 'boolean' }), 'TRUE')?.rule).toBe('type');
    expect(checkValue(col({ type: 'boolean' }), '1')?.detail).toBe('c "1" is not a boolean (true or false)');
  });

  it('checks enums and names the allowed values', () => {
    const stance = col({ type: 'enum', values: ['supports', 'qualified', 'opposes'] });
    expect(checkValue(stance, 'opposes')).toBeNull();
    expect(checkValue(stance, 'maybe')).toEqual({
      rule: 'enum',
      detail: 'c "maybe" is not one of supports, qualified, opposes',
    });
  });

  it('checks patterns with a readable hint', () => {
    const iso = col({ type: 'string', pattern: /^[A-Z]{3}$/, patternHint: 'three upper-case letters (ISO3)' });
    expect(checkValue(iso, 'FRA')).toBeNull();
    expect(checkValue(iso, 'fra')).toEqual({
      rule: 'pattern',
      detail: 'c "fra" is not three upper-case letters (ISO3)',
    });
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2018-12-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2018-13-05')).toBe(false);
    expect(isIsoDate('5 Dec 2018')).toBe(false);
  });
});
