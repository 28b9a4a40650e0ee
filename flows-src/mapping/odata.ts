// OData literals for Dataverse `$filter`s built from data: a quote in a value must never end the literal.
import { $, type Ref, type Value } from '../../src/dsl';
import { text } from './expr';

/** An OData string literal with its quotes doubled: `O'Brien & Co` -> `'O''Brien & Co'`. */
export const odataString = (value: Value<string | null | undefined>): Ref<string> =>
  $.concat("'", $.replace(text(value), "'", "''"), "'");

/** `column eq '<value>'`, the value escaped. */
export const odataEq = (column: string, value: Value<string | null | undefined>): Ref<string> =>
  $.concat(`${column} eq `, odataString(value));

/** `column eq '<value>'`, or `column eq null` when the value is empty (Dataverse stores empty text as null). */
export const odataEqOrNull = (column: string, value: Value<string | null | undefined>): Ref<string> =>
  $.if($.empty(text(value)), `${column} eq null`, odataEq(column, value));

/** `contains(column, '<value>')`, the value escaped. */
export const odataContains = (column: string, value: Value<string | null | undefined>): Ref<string> =>
  $.concat(`contains(${column},`, odataString(value), ')');
