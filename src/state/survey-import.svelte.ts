import { coordinator } from './app-coordinator.svelte';
import { SURVEY_COLUMNS, type ValidationError } from '../validate/index';
import { IMPORT_LIMITS, type ImportOutcome } from '../validate/import-check';
import type { ImportContext } from '../validate/import-kinds';
import type { TextEncodingName } from '../validate/decode';
import { createImportedSql, DROP_IMPORTED_SQL } from '../queries/survey-source';
import { checkFileInWorker, ImportCancelled } from './import-runner';

/** Largest file accepted (stated in the panel, enforced before the file is read). */
export const IMPORT_MAX_BYTES = IMPORT_LIMITS.maxBytes;

/**
 * The survey rows a user brought this session. Validated in the import worker with the build's
 * own rules, loaded into an in-memory DuckDB table (never the shipped file), analysed beside the
 * shipped rows until removed. One file at a time, and the newest action wins: choosing a file or
 * pressing Remove cancels the check in progress, and every change to the table runs in order on
 * one queue and only for the newest action — so the panel and the analysed table always
 * describe the same file.
 */
export class SurveyImportState {
  fileName = $state<string | null>(null);
  phase = $state<'idle' | 'reading' | 'done'>('idle');
  /** the first problems found (ERRORS_KEPT), each naming file, row, line and rule */
  errors = $state.raw<ValidationError[]>([]);
  /** how many problems were found in all */
  errorCount = $state(0);
  /** a problem with the file as a whole (too big, not text, engine failure) */
  message = $state<string | null>(null);
  /** the encoding the file was read in (named when it was converted) */
  encoding = $state<TextEncodingName | null>(null);
  /** the cell separator the file was read with, in words (named on screen when not a comma) */
  delimiter = $state<string | null>(null);
  rowsRead = $state(0);
  rowsLoaded = $state(0);
  /** bumps whenever the imported table changes, so queries over it re-run */
  version = $state(0);
  #current = 0;
  #cancel: AbortController | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  /** True while imported rows are loaded and analysed. */
  get active(): boolean {
    return this.rowsLoaded > 0;
  }

  /** Validate and load a file chosen or dropped by the user (cancels any earlier check). */
  async importFile(file: File): Promise<void> {
    const id = this.#begin();
    this.fileName = file.name;
    this.phase = 'reading';
    const signal = this.#cancel!.signal;
    let outcome: ImportOutcome;
    try {
      // The previous import stops being analysed now, so the table never shows a file the panel does not.
      await this.#tableChange(id, null, 0);
      outcome = await checkFileInWorker(file, 'survey', await this.#context(), signal);
    } catch (e) {
      if (e instanceof ImportCancelled || id !== this.#current) return;
      return this.#finish(
        id,
        file.name,
        `${file.name} could not be checked: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (id !== this.#current) return;
    if (outcome.fileError) return this.#finish(id, file.name, outcome.fileError.message, outcome);
    try {
      const loaded = await this.#tableChange(id, outcome.csv, outcome.validCount);
      if (!loaded) return;
      this.#finish(id, file.name, null, outcome);
    } catch (e) {
      if (id === this.#current)
        this.#finish(id, file.name, `${file.name} could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Validate CSV text and load its valid rows (the name is used in messages). */
  importText(name: string, text: string): Promise<void> {
    return this.importFile(new File([text], name, { type: 'text/csv' }));
  }

  /**
   * Benchmark hook: load same-origin CSV parts already in the template's columns (each with the
   * header) without the row checks (the scale data spans a century of synthetic years). Only
   * exposed with `?bench`.
   */
  async loadTrustedUrls(urls: readonly string[]): Promise<number> {
    const id = this.#begin();
    const header = SURVEY_COLUMNS.join(',');
    const parts: string[] = [];
    for (const url of urls) {
      const text = await (await fetch(url)).text();
      const nl = text.indexOf('\n');
      if (text.slice(0, nl).trim() !== header) throw new Error(`${url}: header is not the template's`);
      parts.push(parts.length === 0 ? text : text.slice(nl + 1));
    }
    const csv = parts.join('');
    const rows = csv.split('\n').filter((l) => l !== '').length - 1;
    this.fileName = urls[0]?.split('/').pop() ?? 'bench';
    await this.#tableChange(id, csv, rows);
    this.errors = [];
    this.errorCount = 0;
    this.rowsRead = rows;
    this.phase = 'done';
    return rows;
  }

  /** Forget the imported rows (and stop any check in progress); the shipped data was never touched. */
  async remove(): Promise<void> {
    const id = this.#begin();
    this.fileName = null;
    this.phase = 'idle';
    await this.#tableChange(id, null, 0);
  }

  /** A new action: cancel the older check and reset the panel. Returns the action's id. */
  #begin(): number {
    this.#cancel?.abort();
    this.#cancel = new AbortController();
    this.errors = [];
    this.errorCount = 0;
    this.message = null;
    this.encoding = null;
    this.delimiter = null;
    this.rowsRead = 0;
    return ++this.#current;
  }

  async #context(): Promise<ImportContext> {
    const [states, questions] = await coordinator.queryAll<[{ iso3: string }, { question_id: string }]>([
      'SELECT iso3 FROM states',
      'SELECT question_id FROM il_questions',
    ]);
    return {
      states: states.map((s) => s.iso3),
      ilQuestions: questions.map((q) => q.question_id),
      maxYear: new Date().getUTCFullYear(),
    };
  }

  /**
   * Replace the imported table with `csv` (null: drop it), on the one queue, only if action `id`
   * is still the newest when its turn comes. Each load registers its rows under its own file
   * name, so two loads can never read each other's bytes. Resolves to whether it ran.
   */
  #tableChange(id: number, csv: string | null, rows: number): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      if (id !== this.#current) return false;
      if (csv === null || rows === 0) {
        if (this.rowsLoaded === 0) return true; // nothing loaded: nothing to drop or re-run
        await coordinator.write((db) => db.exec(DROP_IMPORTED_SQL));
      } else {
        const file = `cg-import-${id}-${Date.now().toString(36)}.csv`;
        // write() clears the result cache: the same SQL now reads different rows.
        await coordinator.write(async (db) => {
          await db.registerFile(file, new TextEncoder().encode(csv));
          try {
            await db.exec(createImportedSql(SURVEY_COLUMNS, file));
          } finally {
            await db.dropFile(file);
          }
        });
      }
      this.rowsLoaded = rows;
      this.version += 1;
      return true;
    };
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => {});
    return next;
  }

  #finish(id: number, name: string, message: string | null, outcome?: ImportOutcome): void {
    if (id !== this.#current) return;
    this.fileName = name;
    this.message = message;
    this.encoding = outcome?.encoding ?? null;
    this.delimiter = outcome?.delimiter ?? null;
    this.errors = outcome?.errors ?? [];
    this.errorCount = outcome?.errorCount ?? 0;
    this.rowsRead = outcome?.rowsRead ?? 0;
    this.phase = 'done';
  }
}

/** The one import of the session. */
export const surveyImport = new SurveyImportState();

if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench')) {
  (globalThis as { __cgLoadSurvey?: (urls: string[]) => Promise<number> }).__cgLoadSurvey = (urls) =>
    surveyImport.loadTrustedUrls(urls);
}
