import { engine } from './engine.svelte';
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
  #seq = 0;

  constructor(selection: () => SurveySelection, importVersion: () => number) {
    $effect(() => {
      const sel = selection();
      const name = normAnswersTable(sel, importVersion());
      const seq = ++this.#seq;
      this.pending = true;
      let job = built.get(name);
      if (!job) {
        job = engine.start().then((db) => db.exec(createNormAnswersSql(sel, name)));
        built.set(name, job);
        job.catch(() => built.delete(name));
      }
      job.then(
        () => {
          if (seq !== this.#seq) return;
          this.table = name;
          this.error = null;
          this.pending = false;
        },
        (e: unknown) => {
          if (seq !== this.#seq) return;
          this.error = e instanceof Error ? e.message : String(e);
          this.pending = false;
        },
      );
    });
  }
}
