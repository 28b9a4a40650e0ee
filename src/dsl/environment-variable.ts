// Environment variables, read in flows as `parameters('Display Name (schemaname)')`.
import { type Ref, ref } from './ref';

export type EnvironmentVariableType = 'String' | 'Boolean' | 'Number' | 'JSON';

export type EnvironmentVariable<T> = Ref<T> & { readonly schemaName: string };

function environmentVariable<T>(schemaName: string, type: EnvironmentVariableType): EnvironmentVariable<T> {
  const value = ref<T>({ k: 'param', schemaName, type });
  return new Proxy(value, {
    get: (target, key) => (key === 'schemaName' ? schemaName : Reflect.get(target, key)),
  }) as EnvironmentVariable<T>;
}

/**
 * Typed handles on environment variables. Their display names, defaults and descriptions live in
 * `solution-template/solution.yaml`; the build checks that the type declared here matches.
 */
export const env = {
  string: (schemaName: string) => environmentVariable<string>(schemaName, 'String'),
  boolean: (schemaName: string) => environmentVariable<boolean>(schemaName, 'Boolean'),
  number: (schemaName: string) => environmentVariable<number>(schemaName, 'Number'),
  json: <T = any>(schemaName: string) => environmentVariable<T>(schemaName, 'JSON'),
};
