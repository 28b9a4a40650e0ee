// Typed property access on expressions: `hook.body.EventName` renders `triggerBody()?['EventName']`.
import { DslError } from './errors';
import { type Expr, type ExprNode, NODE, exprOf } from './expr';

// Untyped JSON (a raw expression, an untyped payload) reads like `any`: every property exists, any use type-checks.
type AnyProps = { readonly [key: string]: Ref<any> };

type Props<T> = 0 extends 1 & T
  ? AnyProps
  : unknown extends T
    ? AnyProps
    : NonNullable<T> extends readonly (infer E)[]
      ? { readonly [index: number]: Ref<E> }
      : NonNullable<T> extends string | number | boolean
        ? unknown
        : NonNullable<T> extends object
          ? { readonly [K in keyof NonNullable<T> & string]-?: Ref<NonNullable<T>[K]> }
          : unknown;

/** An expression whose properties are typed expressions too. A misspelt field is a type error. */
export type Ref<T> = Expr<T> & Props<T>;

/** A reference to untyped JSON. */
export type AnyRef = Ref<any>;

const FORBIDDEN = new Set(['toString', 'valueOf', 'toJSON']);

/**
 * Wraps a node as a typed reference. With `slash`, property access folds into one
 * `?['a/b']` segment, as the designer writes connector outputs (`outputs('X')?['body/name']`).
 */
export function ref<T>(node: ExprNode, slash?: { target: ExprNode; segments: string[] }): Ref<T> {
  const target = exprOf<T>(node);
  return new Proxy(target, {
    get(obj, key) {
      if (key === NODE) return node;
      if (typeof key === 'symbol' || key === 'then') return undefined;
      if (FORBIDDEN.has(key)) {
        return () => {
          throw new DslError(
            `an expression was used as a plain string (${key}); use $.text\`...\` to interpolate expressions into text`,
          );
        };
      }
      if (/^(0|[1-9]\d*)$/.test(key)) return ref({ k: 'get', target: node, key: Number(key), safe: false });
      if (slash) {
        const segments = [...slash.segments, key];
        return ref({ k: 'path', target: slash.target, segments }, { target: slash.target, segments });
      }
      return ref({ k: 'get', target: node, key, safe: true });
    },
    has(obj, key) {
      return key === NODE;
    },
  }) as Ref<T>;
}

/** A reference rendered in slash-path style, rooted at `target` with a first segment (e.g. `body`). */
export function slashRef<T>(target: ExprNode, first: string): Ref<T> {
  return ref<T>({ k: 'path', target, segments: [first] }, { target, segments: [first] });
}

/** Reads a property whose name is not a valid TS identifier or not in the model. */
export function prop<T = any>(base: Expr, key: string): Ref<T> {
  return (base as unknown as Record<string, Ref<T>>)[key] as Ref<T>;
}
