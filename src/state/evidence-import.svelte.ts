import { coordinator } from './app-coordinator.svelte';
import { makeError, parseCsv, validateTable, type ValidationError } from '../validate/index';
import { detectDelimiter } from '../validate/delimiter';
import { NORM_EVIDENCE_COLUMNS, userEvidenceSpec } from '../validate/specs/normEvidence';
import { rungSql } from '../analysis/evidence-ladder';
import {
  createImportedEvidenceSql,
  DROP_IMPORTED_EVIDENCE_SQL,
  IMPORTED_EVIDENCE_FILE,
} from '../queries/norm-evidence';

/** Largest evidence file accepted (a coded sample is kilobytes). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);

/**
 * The user's own coded norm evidence (norm_evidence.csv's template): validated with the
 * dataset's own column rules, loaded into an in-memory table (never the shipped file) and
 * analysed on the evidence ladder beside the shipped rows until removed. A new file replaces
 * the previous one.
 */
export class EvidenceImportState {
  fileName = $state<string | null>(null);
  phase = $state<'idle' | 'reading' | 'done'>('idle');
  errors = $state.raw<ValidationError[]>([]);
  message = $state<string | null>(null);
  rowsRead = $state(0);
  rowsLoaded = $state(0);
  version = $state(0);

  /** True while imported evidence is loaded. */
  get active(): boolean {
    return this.rowsLoaded > 0;
  }

  /** Validate and load a chosen file. */
  async importFile(file: File): Promise<void> {
    if (file.size > EVIDENCE_MAX_BYTES)
      return this.reject(
        file.name,
        `${file.name} is ${(file.size / 1048576).toFixed(0)} MB; the limit is ${EVIDENCE_MAX_BYTES / 1048576} MB`,
      );
    if (file.size === 0) return this.reject(file.name, `${file.name} is empty (no header line)`);
    await this.importText(file.name, await file.text());
  }

  /** Validate CSV text: column rules of norm_evidence.csv, then every iso3 must be a known State. */
  async importText(name: string, text: string): Promise<void> {
    this.phase = 'reading';
    this.fileName = name;
    this.message = null;
    try {
      if (text.includes('\u0000')) return this.reject(name, `${name} is not a text (CSV) file`);
      // European Excel saves ';'-separated "CSV", tab-delimited text uses tabs: judged from the header.
      const csv = parseCsv(text, { delimiter: detectDelimiter(text, NORM_EVIDENCE_COLUMNS).char });
      if (csv.problem) return this.reject(name, `${name}: ${csv.problem}`);
      const errors = validateTable(name, csv.header, csv.rows, userEvidenceSpec);
      const known = new Set((await coordinator.query<{ iso3: string }>('SELECT iso3 FROM states')).map((s) => s.iso3));
      const iso = csv.header.indexOf('iso3');
      csv.rows.forEach((row, i) => {
        const v = row[iso] ?? '';
        if (iso >= 0 && /^[A-Z]{3}$/.test(v) && !known.has(v))
          errors.push(makeError(name, i + 1, 'foreign-key', `iso3 "${v}" is not a state in states.csv`, 'iso3'));
      });
      const bad = new Set(errors.map((e) => e.row));
      // A header problem (row 0) rejects the whole file: no cell can be trusted.
      const valid = bad.has(0) ? [] : csv.rows.map((_, i) => i).filter((i) => !bad.has(i + 1));
      this.errors = errors;
      this.rowsRead = csv.rows.length;
      const index = NORM_EVIDENCE_COLUMNS.map((c) => csv.header.indexOf(c));
      const lines = [
        NORM_EVIDENCE_COLUMNS.join(','),
        ...valid.map((r) => index.map((k) => quote(csv.rows[r][k] ?? '')).join(',')),
      ];
      await this.load(lines.join('\n'), valid.length);
    } catch (e) {
      this.reject(name, `${name} could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.phase = 'done';
    }
  }

  /** Forget the imported evidence; shipped data was never touched. */
  async remove(): Promise<void> {
    await coordinator.write((db) => db.exec(DROP_IMPORTED_EVIDENCE_SQL));
    this.fileName = null;
    this.errors = [];
    this.message = null;
    this.rowsRead = 0;
    this.rowsLoaded = 0;
    this.phase = 'idle';
    this.version += 1;
  }

  private async load(csv: string, rows: number): Promise<void> {
    // write() clears the result cache: the same SQL now reads different rows.
    await coordinator.write(async (db) => {
      if (rows === 0) await db.exec(DROP_IMPORTED_EVIDENCE_SQL);
      else {
        await db.registerFile(IMPORTED_EVIDENCE_FILE, new TextEncoder().encode(csv));
        try {
          await db.exec(createImportedEvidenceSql(NORM_EVIDENCE_COLUMNS, rungSql('r.coded_status')));
        } finally {
          await db.dropFile(IMPORTED_EVIDENCE_FILE);
        }
      }
    });
    this.rowsLoaded = rows;
    this.version += 1;
  }

  private reject(name: string, message: string): void {
    this.fileName = name;
    this.message = message;
    this.errors = [];
    this.phase = 'done';
  }
}

/** The one evidence import of the session. */
export const evidenceImport = new EvidenceImportState();
