/** Share as a whole percentage, or an en dash when there is none. */
export function pct(x: number | null): string {
  return x === null ? '–' : `${Math.round(x * 100)}%`;
}

/** Number with two decimals, or an en dash. */
export function dec(x: number | null): string {
  return x === null ? '–' : x.toFixed(2);
}

/** "1 actor" / "3 actors". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
