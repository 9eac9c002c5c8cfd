import { describe, expect, it } from 'vitest';
import { StableItems, shallowEqual } from '../../../src/core/stable-items';

type Datum = { iso3: string; fill: string | null; inScope: boolean };

describe('StableItems: unchanged rows keep their object, so a keyed {#each} re-runs nothing for them', () => {
  it('keeps the previous object for equal rows and takes the new one for changed rows', () => {
    const stable = new StableItems<Datum>((d) => d.iso3);
    const first = stable.share([
      { iso3: 'KEN', fill: '#111', inScope: true },
      { iso3: 'FRA', fill: '#222', inScope: true },
    ]);
    // A filter change rebuilds every row: France leaves the scope, Kenya is unchanged.
    const nextKen = { iso3: 'KEN', fill: '#111', inScope: true };
    const nextFra = { iso3: 'FRA', fill: '#222', inScope: false };
    const second = stable.share([nextKen, nextFra]);
    expect(second[0]).toBe(first[0]);
    expect(second[0]).not.toBe(nextKen);
    expect(second[1]).toBe(nextFra);
    expect(second.map((d) => d.inScope)).toEqual([true, false]);
  });

  it('compares with the previous call only: a row that left and came back is the new object', () => {
    const stable = new StableItems<Datum>((d) => d.iso3);
    const [ken] = stable.share([{ iso3: 'KEN', fill: null, inScope: true }]);
    stable.share([]);
    const back = { iso3: 'KEN', fill: null, inScope: true };
    expect(stable.share([back])[0]).toBe(back);
    expect(back).not.toBe(ken);
  });

  it('keeps order and length as given', () => {
    const stable = new StableItems<Datum>((d) => d.iso3);
    stable.share([{ iso3: 'A', fill: null, inScope: true }]);
    const out = stable.share([
      { iso3: 'B', fill: null, inScope: true },
      { iso3: 'A', fill: null, inScope: true },
    ]);
    expect(out.map((d) => d.iso3)).toEqual(['B', 'A']);
  });
});

describe('shallowEqual', () => {
  it('is one level deep, by identity', () => {
    const arr = [1];
    expect(shallowEqual({ a: 1, b: arr }, { a: 1, b: arr })).toBe(true);
    expect(shallowEqual({ a: 1, b: [1] }, { a: 1, b: [1] })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(shallowEqual({ a: NaN }, { a: NaN })).toBe(false);
  });
});
