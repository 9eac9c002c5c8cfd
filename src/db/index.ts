/** Public face of the engine layer for code that runs in the browser. */
export type { Db, Row, Cell, ArrowTableLike, ConsoleLimits, ConsoleOutput, ConsoleSandbox } from './types';
export { toRows } from './arrow';
export { getBrowserDb } from './browser';
export { openConsoleSandbox } from './console-sandbox';
