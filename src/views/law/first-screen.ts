import type { FirstScreen } from '../first-screen';
import { lawQuestionsSql } from '../../queries/law';
import { lawActorDocumentsSql, lawDocumentsSql, lawPositionsSql } from '../../queries/law-positions';
import { lawActorFactsSql } from '../../queries/law-facts';
import { LAW_SET } from '../../queries/question-set';

/** International law with no keys set: the legal questions, no question open. */
export function lawFirstScreen(): FirstScreen {
  return {
    queries: [
      lawQuestionsSql(LAW_SET),
      lawDocumentsSql(),
      lawActorDocumentsSql(),
      lawPositionsSql(LAW_SET),
      lawActorFactsSql(LAW_SET),
    ],
  };
}
