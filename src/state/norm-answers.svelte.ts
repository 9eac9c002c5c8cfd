import { coordinator } from './app-coordinator.svelte';
import { Latest, errorText } from './latest';
import { trackReadiness } from '../core/readiness.svelte';
import { createNormAnswersSql, normAnswersTable } from '../queries/norms';
import type { SurveySelection } from '../queries/survey-source';

// Tables already built this session, by name (the name encodes the selection and import).
const built = new Map<string, Promise<void>>();

/**
 * Keeps each state's norm answers materialised for the current survey selection (year,
 * illustrative switch, import). Answers do not depend on the state filter, so they are built
 * once per selection and every filter change reads the small table. Create during component
 * initialisation (it uses $effect).
 */
export class NormAnswers {
  /** the table to read, or null until the first one is built */
  table = $state<string | null>(null);
  /** true while a newer selection's table is being built */
  pending = $state(true);
  error = $state<string | null>(null);
  #latest = new Latest();

  constructor(selection: () => SurveySelection, importVersion: () => number) {
    trackReadiness(() => this.pending);
    $effect(() => {
      const sel = selection();
      const name = normAnswersTable(sel, importVersion());
      this.pending = true;
      let job = built.get(name);
      if (!job) {
        job = coordinator.exec(createNormAnswersSql(sel, name));
        built.set(name, job);
        job.catch(() => built.delete(name));
      }
      this.#latest.follow(
        job,
        () => {
          this.table = name;
          this.error = null;
          this.pending = false;
        },
        (e) => {
          this.error = errorText(e);
          this.pending = false;
        },
      );
    });
  }
}
