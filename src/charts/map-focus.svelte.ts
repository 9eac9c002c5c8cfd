/**
 * Hover, keyboard focus and tooltip placement for one map instance (local UI state, not shared).
 * Both map forms use it so they behave the same way.
 */
import { ARROW_KEYS, nearestInDirection, readingOrder, type KeyPoint } from './map-keyboard';

/** Where the tooltip points, in pixels from the map container's top-left corner. */
export interface TipAnchor {
  x: number;
  y: number;
}

function matchesFocusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // environments without :focus-visible support: show the ring
  }
}

/** Per-map interaction state; create one per component instance. */
export class MapFocus {
  /** State under the pointer. */
  hovered = $state<string | null>(null);
  /** State holding keyboard focus. */
  focused = $state<string | null>(null);
  /** Last state that had focus: the roving tab stop, so Tab returns to where the user was. */
  lastFocused = $state<string | null>(null);
  /** True when the focus came from the keyboard (:focus-visible), so a focus ring is drawn. */
  focusVisible = $state(false);
  #pointerAnchor = $state<TipAnchor | null>(null);
  #focusAnchor = $state<TipAnchor | null>(null);
  /** Escape hides the tooltip until the pointer or focus moves on (WCAG 1.4.13). */
  dismissed = $state(false);
  container: HTMLElement | null = null;
  readonly #idAttr: string;

  /**
   * @param idAttr the attribute that carries a shape's id (`data-iso3` on the maps, `data-id` on
   *   the dot chart): arrow keys find the next shape through it inside `container`. A lookup on
   *   a key press, not an attachment per shape: 193 attachments were 193 effects to create at
   *   mount and to re-run whenever a filter change handed a shape a new datum.
   */
  constructor(idAttr = 'data-iso3') {
    this.#idAttr = idAttr;
  }

  /** The state the tooltip describes: the hovered one, else the keyboard-focused one. */
  get active(): string | null {
    if (this.dismissed) return null;
    return this.hovered ?? (this.focusVisible ? this.focused : null);
  }

  /** Where the tooltip points: at the pointer while hovering, else above the focused shape. */
  get anchor(): TipAnchor | null {
    return this.hovered ? this.#pointerAnchor : this.#focusAnchor;
  }

  /**
   * The roving tab stop: the state that had focus last, else the selected one, else the first
   * drawn state in reading order. `drawn` holds the states this map form draws.
   */
  tabStop(drawn: ReadonlyMap<string, unknown>, selected: string | null, points: readonly KeyPoint[]): string | null {
    if (this.lastFocused && drawn.has(this.lastFocused)) return this.lastFocused;
    if (selected && drawn.has(selected)) return selected;
    return readingOrder(points)[0]?.iso3 ?? null;
  }

  /** The drawn shape that gets a focus ring: the keyboard-focused one (never a mouse focus). */
  ringOf<T>(drawn: ReadonlyMap<string, T>): T | undefined {
    return this.focused && this.focusVisible ? drawn.get(this.focused) : undefined;
  }

  /** The datum the tooltip describes, or null. */
  activeDatum<D>(drawn: ReadonlyMap<string, { datum: D }>): D | null {
    return this.active ? (drawn.get(this.active)?.datum ?? null) : null;
  }

  /** Pointer entered or moved over a shape. */
  pointer(iso3: string, event: MouseEvent): void {
    const box = this.container?.getBoundingClientRect();
    this.hovered = iso3;
    this.dismissed = false;
    this.#pointerAnchor = { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
  }

  leave(iso3: string): void {
    if (this.hovered === iso3) this.hovered = null;
  }

  /** A shape received focus: anchor the tooltip above its top edge. */
  focus(iso3: string, el: Element): void {
    const box = this.container?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    this.focused = iso3;
    this.lastFocused = iso3;
    this.focusVisible = matchesFocusVisible(el);
    this.dismissed = false;
    this.#focusAnchor = { x: r.left + r.width / 2 - (box?.left ?? 0), y: r.top - (box?.top ?? 0) };
  }

  blur(iso3: string): void {
    if (this.focused === iso3) this.focused = null;
  }

  /**
   * Keyboard handling for a focused shape: arrows move, Home/End jump, Enter/Space select,
   * Escape hides the tooltip. Returns true when the key was handled.
   */
  key(event: KeyboardEvent, from: KeyPoint, points: readonly KeyPoint[], select: (iso3: string) => void): boolean {
    const dir = ARROW_KEYS[event.key];
    let target: KeyPoint | null | undefined;
    if (dir) target = nearestInDirection(points, from, dir);
    else if (event.key === 'Home') target = readingOrder(points)[0];
    else if (event.key === 'End') target = readingOrder(points).at(-1);
    else if (event.key === 'Enter' || event.key === ' ') select(from.iso3);
    else if (event.key === 'Escape') this.dismissed = true;
    else return false;
    event.preventDefault();
    const el = target ? this.container?.querySelector(`[${this.#idAttr}="${CSS.escape(target.iso3)}"]`) : undefined;
    if (el instanceof HTMLElement || el instanceof SVGElement) el.focus();
    return true;
  }
}

/** A state's accessible name on a map: name, value, and whether the filter leaves it out. */
export const shapeLabel = (d: { name: string; valueLabel: string; inScope: boolean }): string =>
  `${d.name}: ${d.valueLabel}${d.inScope ? '' : ' (outside the current filter)'}`;
