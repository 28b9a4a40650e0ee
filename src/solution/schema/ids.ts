// Every id of a schema component is a UUIDv5 of its names (no GUID is written by hand): `{lower-case}`.
import { deriveGuid } from '../../dsl/names';

const braced = (...parts: string[]) => `{${deriveGuid('dataverse-schema', ...parts).toLowerCase()}}`;

export const formId = (table: string, type: string, name: string) => braced('systemform', table, type, name);

/** Ids inside a form: tabs, sections and cells, named by their path in the form. */
export const formPartId = (form: string, ...path: string[]) => braced('systemform-part', form, ...path);

export const viewId = (table: string, view: string) => braced('savedquery', table, view);
