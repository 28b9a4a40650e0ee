// Generated from src/solution/config-schema.ts by src/solution/schema/validators-codegen.ts (ajv 8.20.0): do not edit.
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
