import { declareParams, local, oneOf } from '../../state/params';

/** Regional frameworks in the crosswalk, in matrix order (the first is shown by default). */
export const FRAMEWORKS = ['ASEAN', 'OAS', 'ARF', 'AU', 'OSCE'] as const;
/** One regional framework of the crosswalk. */
export type Framework = (typeof FRAMEWORKS)[number];

/**
 * The crosswalk's URL parameter: the framework in detail (`framework=OAS`). No default in the
 * declaration: a pick of ASEAN is written out, as links always did; absent reads as ASEAN.
 */
export const crosswalkUrl = declareParams('crosswalk', {
  framework: local(oneOf(FRAMEWORKS)),
});
