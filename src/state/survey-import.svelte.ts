import { toRows } from '../db/arrow';
import { engine, invalidateQueryCache } from './engine.svelte';
import { parseCsv, splitChallenges, validateSurvey, SURVEY_COLUMNS, type ValidationError } from '../validate/index';
import { createImportedSql, DROP_IMPORTED_SQL, IMPORTED_FILE } from '../queries/survey-source';

/** Largest file accepted: a survey of 193 states is a few MB; anything bigger is a mistake. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);

/**
 * The survey rows a user brought this session. Validated with the build's own rules, loaded
 * into an in-memory DuckDB table (never the shipped file), analysed beside the shipped rows
 * until removed. One file at a time: a new file replaces the previous import.
 */
export class SurveyImportState {
  fileName = $state<string | null>(null);
  phase = $state<'idle' | 'reading' | 'done'>('idle');
  /** problems found, each naming file, row and rule */
  errors = $state.raw<ValidationError[]>([]);
  /** a problem with the file as a whole (too big, not text, engine failure) */
  message = $state<string | null>(null);
  rowsRead = $state(0);
  rowsLoaded = $state(0);
  /** bumps whenever the imported table changes, so queries over it re-run */
  version = $state(0);

  /** True while imported rows are loaded and analysed. */
  get active(): boolean {
    return this.rowsLoaded > 0;
  }

  /** Validate and load a file chosen or dropped by the user. */
  async importFile(file: File): Promise<void> {
    if (file.size > IMPORT_MAX_BYTES) return this.reject(file.name, `${file.name} is ${(file.size / 1048576).toFixed(0)} MB; the limit is ${IMPORT_MAX_BYTES / 1048576} MB`);
    if (file.size === 0) return this.reject(file.name, `${file.name} is empty (no header line)`);
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return this.reject(file.name, `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    await this.importText(file.name, text);
  }

  /** Validate CSV text and load its valid rows (the file's name is used in messages). */
  async importText(name: string, text: string): Promise<void> {
    this.phase = 'reading';
    this.fileName = name;
    this.message = null;
    try {
      if (text.includes('\u0000')) return this.reject(name, `${name} is not a text (CSV) file`);
      const csv = parseCsv(text);
      if (csv.problem) return this.reject(name, `${name}: ${csv.problem}`);
      const db = await engine.start();
      const states = toRows<{ iso3: string }>(await db.query('SELECT iso3 FROM states'));
      const questions = toRows<{ question_id: string }>(await db.query('SELECT question_id FROM il_questions'));
      const result = validateSurvey(name, csv.header, csv.rows, {
        states: new Set(states.map((s) => s.iso3)),
        ilQuestions: new Set(questions.map((q) => q.question_id)),
        maxYear: new Date().getUTCFullYear(),
      });
      this.errors = result.errors;
      this.rowsRead = csv.rows.length;
      const index = SURVEY_COLUMNS.map((c) => csv.header.indexOf(c));
      const lines = [SURVEY_COLUMNS.join(',')];
      for (const r of result.validRows) {
        const row = csv.rows[r];
        lines.push(index.map((k, j) => quote(SURVEY_COLUMNS[j] === 'challenges' ? splitChallenges(row[k]).join(';') : row[k])).join(','));
      }
      await this.load(lines.join('\n'), result.validRows.length);
    } catch (e) {
      this.reject(name, `${name} could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.phase = 'done';
    }
  }

  /**
   * Benchmark hook: load same-origin CSV parts already in the template's columns (each with the
   * header) without the row checks (the scale data spans a century of synthetic years). Only
   * exposed with `?bench`.
   */
  async loadTrustedUrls(urls: readonly string[]): Promise<number> {
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
    await this.load(csv, rows);
    this.errors = [];
    this.rowsRead = rows;
    this.phase = 'done';
    return rows;
  }

  /** Forget the imported rows; the shipped data was never touched, so nothing else changes. */
  async remove(): Promise<void> {
    const db = await engine.start();
    await db.exec(DROP_IMPORTED_SQL);
    this.fileName = null;
    this.errors = [];
    this.message = null;
    this.rowsRead = 0;
    this.rowsLoaded = 0;
    this.phase = 'idle';
    invalidateQueryCache(); // same SQL now reads different rows
    this.version += 1;
  }

  private async load(csv: string, rows: number): Promise<void> {
    const db = await engine.start();
    if (rows === 0) {
      await db.exec(DROP_IMPORTED_SQL);
    } else {
      await db.registerFile(IMPORTED_FILE, new TextEncoder().encode(csv));
      try {
        await db.exec(createImportedSql(SURVEY_COLUMNS));
      } finally {
        await db.dropFile(IMPORTED_FILE);
      }
    }
    this.rowsLoaded = rows;
    invalidateQueryCache(); // same SQL now reads different rows
    this.version += 1;
  }

  private reject(name: string, message: string): void {
    this.fileName = name;
    this.message = message;
    this.errors = [];
    this.phase = 'done';
  }
}

/** The one import of the session. */
export const surveyImport = new SurveyImportState();

if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench')) {
  (globalThis as { __cgLoadSurvey?: (urls: string[]) => Promise<number> }).__cgLoadSurvey = (urls) => surveyImport.loadTrustedUrls(urls);
}
