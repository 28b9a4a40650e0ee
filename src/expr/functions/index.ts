// Every implemented function, by lowercased name.

import type { Fn, LazyFn } from './args';
import { COLLECTION_FUNCTIONS } from './collection';
import { CONVERSION_FUNCTIONS } from './conversion';
import { DATETIME_FUNCTIONS } from './datetime';
import { ENCODING_FUNCTIONS } from './encoding';
import { LAZY_LOGICAL_FUNCTIONS, LOGICAL_FUNCTIONS } from './logical';
import { MANIPULATION_FUNCTIONS } from './manipulation';
import { MATH_FUNCTIONS } from './math';
import { STRING_FUNCTIONS } from './string';
import { URI_FUNCTIONS } from './uri';
import { WORKFLOW_FUNCTIONS } from './workflow';
import { XML_FUNCTIONS } from './xml';

export const FUNCTIONS: Readonly<Record<string, Fn>> = {
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...LOGICAL_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...XML_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...DATETIME_FUNCTIONS,
  ...URI_FUNCTIONS,
  ...MANIPULATION_FUNCTIONS,
  ...WORKFLOW_FUNCTIONS,
};

export const LAZY_FUNCTIONS: Readonly<Record<string, LazyFn>> = LAZY_LOGICAL_FUNCTIONS;
