/** Public face of the engine layer for code that runs in the browser. */
export type { Db, Row, Cell, ArrowTableLike } from './types';
export { toRows } from './arrow';
export { getBrowserDb } from './browser';
