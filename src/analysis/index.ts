/**
 * analysis/: pure TypeScript maths for Common Ground's measures (DESIGN §5). No Svelte, no
 * DuckDB, no DOM, so everything here runs the same in a worker, in Node tests and in a script.
 */

export * from './agreement';
export * from './agreement-matrix';
export * from './capacity-gap';
export * from './choose-k';
export * from './cluster-tallies';
export * from './consensus';
export * from './divergence';
export * from './eigen';
export * from './group-consensus';
export * from './group-summary';
export * from './impute';
export * from './kmeans';
export * from './matrix';
export * from './normal';
export * from './opinion-map';
export * from './ordinal';
export * from './pca';
export * from './proportion-test';
export * from './quantile';
export * from './random';
export * from './representative';
export * from './silhouette';
export * from './evidence-ladder';
