// ParseJson: parses `content` and validates it against `schema` (ajv); a mismatch fails the
// action with ValidationFailed, as Power Automate does, with the errors in its outputs.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isObject } from '../../../compile/definition';
import { JsonSyntaxError, parseJson, type Value } from '../../../expr';
import { ActionFailure } from '../errors';
import { plain } from '../plain';
import type { ActionExecutor } from '../state';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const compiled = new WeakMap<object, ValidateFunction>();

function validatorOf(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    try {
      validate = ajv.compile(schema);
    } catch (e) {
      throw new ActionFailure('InvalidTemplate', `The schema of the Parse JSON action is not valid: ${e instanceof Error ? e.message : String(e)}`);
    }
    compiled.set(schema, validate);
  }
  return validate;
}

const errorOf = (e: ErrorObject) => ({
  message: `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`,
  path: e.instancePath.replace(/^\//, '').replace(/\//g, '.'),
  schemaPath: e.schemaPath,
  errorType: e.keyword,
  ...(e.params ? { params: e.params } : {}),
});

export const parseJsonAction: ActionExecutor = (call) => {
  const schema = isObject(call.json.inputs?.schema) ? call.json.inputs.schema : {};
  const content = call.evaluate(call.json.inputs?.content);
  call.recordInputs({ content, schema } as Value);
  let body: Value = content;
  if (typeof content === 'string') {
    try {
      body = parseJson(content);
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      throw new ActionFailure('InvalidJSON', `The 'content' property of actions of type 'ParseJson' must be valid JSON. The provided value cannot be parsed: '${e.message}'.`);
    }
  }
  const validate = validatorOf(schema);
  if (validate(plain(body))) return { outputs: { body } };
  const errors = (validate.errors ?? []).map(errorOf);
  return { status: 'Failed', outputs: { body, errors } as Value, error: { code: 'ValidationFailed', message: 'The schema validation failed.' } };
};
