/**
 * Primary and foreign keys of the downloadable datasets, by dataset name (DatasetSpec.name), as
 * data/SCHEMA.md defines the tables' grain. datapackage.json declares a key only when every
 * field of it is in the exported table, and a foreign key only when the table it points to is
 * in the same package, so a researcher's tool can join the files without guessing.
 */

/** A foreign key: these fields point at `fields` of the dataset named `dataset`. */
export interface DatasetForeignKey {
  fields: string[];
  dataset: string;
  reference: string[];
}

/** Keys of one dataset. */
export interface DatasetKeys {
  primaryKey?: string[];
  foreignKeys?: DatasetForeignKey[];
}

const toStates = (field = 'iso3'): DatasetForeignKey => ({ fields: [field], dataset: 'states', reference: ['iso3'] });

/** Keys of the standard fact datasets every view's download menu offers. */
export const DATASET_KEYS: Record<string, DatasetKeys> = {
  states: { primaryKey: ['iso3'] },
  memberships: { primaryKey: ['iso3', 'org_id'], foreignKeys: [toStates()] },
  'il-positions': { primaryKey: ['actor_id', 'question_id'] },
  'position-documents': {},
  'unga-votes': { primaryKey: ['resolution_id', 'iso3'], foreignKeys: [toStates()] },
  'gci-2020': { primaryKey: ['iso3', 'edition', 'pillar'], foreignKeys: [toStates()] },
  'survey-responses': { primaryKey: ['iso3', 'year', 'part', 'item'], foreignKeys: [toStates()] },
};
