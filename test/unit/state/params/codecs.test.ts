import { describe, expect, it } from 'vitest';
import { flag, iso3, list, local, number, oneOf, pair, shared, token, year } from '../../../../src/state/params';

describe('codecs', () => {
  it('iso3: three upper-case letters only', () => {
    expect(iso3.decode('FRA')).toBe('FRA');
    for (const bad of ['fra', 'FR', 'FRAN', 'F1A', ' FRA']) expect(iso3.decode(bad), bad).toBeUndefined();
    expect(iso3.encode('KEN')).toBe('KEN');
  });

  it('oneOf: a closed list', () => {
    const c = oneOf(['votes', 'agreement', 'map'] as const);
    expect(c.decode('map')).toBe('map');
    expect(c.decode('Map')).toBeUndefined();
    expect(c.decode('toString')).toBeUndefined();
  });

  it('token: pattern after an optional normalisation', () => {
    const t = token(/^[a-z0-9.-]{1,10}$/, (s) => s.trim().toLowerCase());
    expect(t.decode(' L.11-2023 ')).toBe('l.11-2023');
    expect(t.decode('bad token!')).toBeUndefined();
  });

  it('flag: 1 and 0, anything else unreadable', () => {
    expect([flag.decode('1'), flag.decode('0'), flag.decode('yes'), flag.decode('true')]).toEqual([
      true,
      false,
      undefined,
      undefined,
    ]);
    expect([flag.encode(true), flag.encode(false)]).toEqual(['1', '0']);
  });

  it('number: Number() within bounds, whole when asked', () => {
    const k = number({ min: 2, max: 5, integer: true });
    expect([k.decode('3'), k.decode('2.5'), k.decode('6'), k.decode('1'), k.decode('x')]).toEqual([
      3,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const t = number({ min: 0, max: 20 });
    expect([t.decode('7.5'), t.decode('0'), t.decode('20'), t.decode('20.01'), t.decode('Infinity')]).toEqual([
      7.5,
      0,
      20,
      undefined,
      undefined,
    ]);
    expect(t.encode(12.5)).toBe('12.5');
  });

  it('year: four digits matching the pattern', () => {
    expect(year().decode('2021')).toBe(2021);
    expect(year().decode('21')).toBeUndefined();
    expect(year(/^(19|20)\d\d$/).decode('1899')).toBeUndefined();
  });

  it('list: pipe-separated, junk dropped, repeats once, capped, empty spelled out when asked', () => {
    const l = list(iso3, { max: 3 });
    expect(l.decode('FRA|xx||DEU|FRA|USA|KEN')).toEqual(['FRA', 'DEU', 'USA']);
    expect(l.encode(['FRA', 'DEU'])).toBe('FRA|DEU');
    expect(l.encode([])).toBe('');
    expect(list(iso3, { empty: 'none' }).encode([])).toBe('none');
  });

  it('pair: two named parts; only the first two count', () => {
    const p = pair('.', ['actor', token(/^[A-Z]{2,5}$/)], ['question', token(/^[a-z_]+$/)]);
    expect(p.decode('FRA.sovereignty_rule')).toEqual({ actor: 'FRA', question: 'sovereignty_rule' });
    expect(p.decode('FRA.a.b')).toEqual({ actor: 'FRA', question: 'a' });
    expect(p.decode('FRA')).toBeUndefined();
    expect(p.decode('fra.x')).toBeUndefined();
    expect(p.encode({ actor: 'GBR', question: 'x' })).toBe('GBR.x');
  });

  it('round-trips every codec on valid values', () => {
    const cases: [{ decode(s: string): unknown; encode(v: never): string }, string][] = [
      [iso3, 'FRA'],
      [oneOf(['a', 'b'] as const), 'b'],
      [flag, '0'],
      [number({ min: 0, max: 9 }), '4.5'],
      [year(), '2024'],
      [list(iso3), 'FRA|DEU'],
      [pair('.', ['a', iso3], ['b', iso3]), 'FRA.DEU'],
    ];
    for (const [c, s] of cases) expect(c.encode(c.decode(s) as never), s).toBe(s);
  });
});

describe('parameter specs', () => {
  it('absent, empty and unreadable strings read as the default', () => {
    const tab = local(oneOf(['votes', 'map'] as const), 'votes');
    expect([tab.read(undefined), tab.read(''), tab.read('junk'), tab.read('map')]).toEqual([
      'votes',
      'votes',
      'votes',
      'map',
    ]);
    const st = shared(iso3);
    expect([st.read(undefined), st.read('fra'), st.read('FRA')]).toEqual([null, null, 'FRA']);
    expect(st.scope).toBe('shared');
  });

  it('writes drop the default and null; a nullable spec writes every value', () => {
    const on = local(flag, true);
    expect([on.write(true), on.write(false), on.write(null)]).toEqual([null, '0', null]);
    const ids = local(list(iso3), []);
    expect([ids.write([]), ids.write(['FRA'])]).toEqual([null, 'FRA']);
    const fw = local(oneOf(['ASEAN', 'OAS'] as const));
    expect(fw.write('ASEAN')).toBe('ASEAN');
  });

  it('renames the URL key with as()', () => {
    const s = local(flag, false).as('ai');
    expect(s.key).toBe('ai');
    expect(s.write(true)).toBe('1');
  });
});
