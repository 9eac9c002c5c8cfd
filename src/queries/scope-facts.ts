import type { StateFilter, TriState } from './filter';
import type { StateFactRow } from './state-facts';
import type { HeadlineRow, MapIndicatorRow, MapValueRow } from './overview';

/** One byte per state (in `StateFacts.iso3` order): 1 = in scope. */
export type ScopeMask = Uint8Array;

type Dim = 'group' | 'region' | 'sub' | 'income' | 'orgCurrent' | 'orgAny';

/**
 * The per-state facts in columns, and the one JS definition of "states in scope" over them. It
 * mirrors `scopeSql` in `filter.ts` rule for rule (SQL NULL never matches; values OR-ed within
 * a dimension, dimensions AND-ed); `test/sql/scope-facts.test.ts` checks the two agree on a
 * seeded sample of filters.
 */
export class StateFacts {
  readonly n: number;
  readonly iso3: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly ilActors: Int32Array;
  readonly ilPositions: Int32Array;
  readonly votesCast: Int32Array;
  readonly gciOverall: Uint8Array;
  readonly member: Uint8Array;
  /** UN regional group per state (null: observers) */
  readonly unGroup: readonly (string | null)[];
  readonly groupActors: readonly (readonly string[])[];
  readonly rollCalls: { roll_calls: number; ict_roll_calls: number; roll_calls_inferred: number };
  readonly #rows: readonly StateFactRow[];
  readonly #base: { members: Uint8Array; withObservers: Uint8Array };
  readonly #flags: Record<'ldc' | 'lldc' | 'sids', Uint8Array[]>;
  /** value masks by dimension and value, built on first use (a never-seen value costs one pass) */
  readonly #masks = new Map<string, Uint8Array>();

  constructor(rows: readonly StateFactRow[]) {
    this.#rows = rows;
    this.n = rows.length;
    this.iso3 = rows.map((r) => r.iso3);
    this.index = new Map(this.iso3.map((c, i) => [c, i]));
    const col = (get: (r: StateFactRow) => number) => Int32Array.from(rows, get);
    const bit = (get: (r: StateFactRow) => boolean) => Uint8Array.from(rows, (r) => (get(r) ? 1 : 0));
    this.ilActors = col((r) => r.il_actors);
    this.ilPositions = col((r) => r.il_positions);
    this.votesCast = col((r) => r.votes_cast);
    this.gciOverall = bit((r) => r.gci_overall);
    this.member = bit((r) => r.un_member === true);
    this.groupActors = rows.map((r) => r.group_actors);
    this.unGroup = rows.map((r) => r.un_regional_group);
    const r0 = rows[0];
    this.rollCalls = {
      roll_calls: r0?.roll_calls ?? 0,
      ict_roll_calls: r0?.ict_roll_calls ?? 0,
      roll_calls_inferred: r0?.roll_calls_inferred ?? 0,
    };
    this.#base = {
      members: this.member,
      withObservers: bit((r) => r.un_member === true || r.un_observer_state === true),
    };
    // [yes, no] masks: a NULL flag matches neither, as `s.ldc = true|false` does in SQL.
    const tri = (k: 'ldc' | 'lldc' | 'sids') => [bit((r) => r[k] === true), bit((r) => r[k] === false)];
    this.#flags = { ldc: tri('ldc'), lldc: tri('lldc'), sids: tri('sids') };
  }

  #valueMask(dim: Dim, value: string): Uint8Array {
    const key = `${dim}\u0000${value}`;
    let m = this.#masks.get(key);
    if (!m) {
      const has: (r: StateFactRow) => boolean =
        dim === 'group'
          ? (r) => r.un_regional_group === value
          : dim === 'region'
            ? (r) => r.m49_region === value
            : dim === 'sub'
              ? (r) => r.m49_subregion === value || r.m49_intermediate_region === value
              : dim === 'income'
                ? (r) => r.income_group === value
                : dim === 'orgCurrent'
                  ? (r) => r.orgs_current.includes(value)
                  : (r) => r.orgs_any.includes(value);
      m = Uint8Array.from(this.#rows, (r) => (has(r) ? 1 : 0));
      this.#masks.set(key, m);
    }
    return m;
  }

  /** AND `out` with the OR of the value masks of one dimension (skipped when no value is chosen). */
  #andAny(out: Uint8Array, dim: Dim, values: readonly string[]): void {
    if (!values.length) return;
    const masks = values.map((v) => this.#valueMask(dim, v));
    for (let i = 0; i < this.n; i++) {
      let any = 0;
      for (const m of masks) any |= m[i];
      out[i] &= any;
    }
  }

  #andFlag(out: Uint8Array, k: 'ldc' | 'lldc' | 'sids', v: TriState): void {
    if (v === 'any') return;
    const m = this.#flags[k][v === 'yes' ? 0 : 1];
    for (let i = 0; i < this.n; i++) out[i] &= m[i];
  }

  /** The states in scope under `f`, as a mask over `iso3`. */
  mask(f: StateFilter): ScopeMask {
    const out = (f.observers ? this.#base.withObservers : this.#base.members).slice();
    this.#andAny(out, 'group', f.groups);
    this.#andAny(out, 'region', f.regions);
    this.#andAny(out, 'sub', f.subregions);
    this.#andFlag(out, 'ldc', f.ldc);
    this.#andFlag(out, 'lldc', f.lldc);
    this.#andFlag(out, 'sids', f.sids);
    this.#andAny(out, 'income', f.income);
    this.#andAny(out, f.orgStatus === 'current' ? 'orgCurrent' : 'orgAny', f.orgs);
    return out;
  }
}

/** Whether the state `iso3` (null: none, as a group actor has) is in the mask's scope. */
export function inMask(facts: StateFacts, mask: ScopeMask, iso3: string | null): boolean {
  const i = iso3 === null ? undefined : facts.index.get(iso3);
  return i !== undefined && mask[i] === 1;
}

/** Number of states in a mask (the status line's "n states in scope"). */
export function scopeCount(mask: ScopeMask): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i];
  return n;
}

function dot(mask: ScopeMask, col: Int32Array | Uint8Array): number {
  let s = 0;
  for (let i = 0; i < mask.length; i++) s += mask[i] * col[i];
  return s;
}

/** The overview's headline figures from facts and a mask: the same row `headlineSql` returns. */
export function headlineFromFacts(facts: StateFacts, mask: ScopeMask): HeadlineRow {
  const groupActors = new Set<string>();
  for (let i = 0; i < mask.length; i++) if (mask[i]) for (const a of facts.groupActors[i]) groupActors.add(a);
  return {
    states: scopeCount(mask),
    members: dot(mask, facts.member),
    il_state_actors: dot(mask, facts.ilActors),
    il_positions: dot(mask, facts.ilPositions),
    il_group_actors: groupActors.size,
    ...facts.rollCalls,
    votes_cast: dot(mask, facts.votesCast),
    gci_states: dot(mask, facts.gciOverall),
  };
}

/** ISO3 codes of the states in scope, sorted (the rows `capacityScopeSql` returns). */
export function scopeIso3(facts: StateFacts, mask: ScopeMask): string[] {
  const out: string[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(facts.iso3[i]);
  return out.sort();
}

/** Map rows for an indicator: its filter-free values plus `in_scope` from the mask. */
export function mapRowsFromFacts(
  values: readonly MapValueRow[],
  facts: StateFacts,
  mask: ScopeMask,
): MapIndicatorRow[] {
  return values.map((v) => ({
    iso3: v.iso3,
    m49: v.m49,
    name: v.name,
    un_group: v.un_group,
    in_scope: inMask(facts, mask, v.iso3),
    value_num: v.value_num,
    value_text: v.value_text,
    flag: v.flag,
  }));
}

/**
 * The rows whose `iso3` is in scope, in their order: a per-state fact table read once for every
 * state, kept to the filter without a query (the same rows the scoped SQL returns).
 */
export function rowsInScope<T extends { iso3: string }>(rows: readonly T[], facts: StateFacts, mask: ScopeMask): T[] {
  return rows.filter((r) => inMask(facts, mask, r.iso3));
}
