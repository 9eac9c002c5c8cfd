import type { FirstScreen } from '../first-screen';
import { rollCallCatalogSql, stateVotesSql } from '../../queries/alignment-votes';
import {
  committeeVotesSql,
  resolutionListSql,
  resolutionSponsorsSql,
  separateVotesSql,
} from '../../queries/resolutions';

/** Alignment with no keys set: the votes tab. */
export function alignmentFirstScreen(): FirstScreen {
  return {
    queries: [
      rollCallCatalogSql(),
      stateVotesSql(),
      resolutionListSql(),
      resolutionSponsorsSql(),
      committeeVotesSql(),
      separateVotesSql(),
    ],
  };
}
