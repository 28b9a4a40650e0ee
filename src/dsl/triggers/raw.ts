// Escape hatch: a trigger given as raw workflow JSON, for kinds and settings the DSL does not model.
import { type RawUses, resolveRaw } from '../actions/raw';
import type { RenderContext } from '../context';
import { DslError } from '../errors';
import { actionKey } from '../names';
import { Trigger } from '../trigger';
import type { Json } from '../value';

type RawJson = { type: string; kind?: string; [key: string]: Json | undefined };

/**
 * `name` is a display name, keyed as the designer keys it (spaces become `_`), like an action's.
 * The JSON is rendered as given (connections re-keyed, environment variables declared, see RawUses);
 * the flow derives `metadata.operationMetadataId`, and keeps any other `metadata` members.
 */
export class RawTrigger extends Trigger {
  readonly type: string;
  override readonly kind: string | undefined;
  constructor(
    name: string,
    private readonly json: RawJson,
    private readonly uses: RawUses = {},
  ) {
    super(actionKey(name));
    this.type = json.type;
    this.kind = json.kind;
  }

  override validate(): string[] {
    return [];
  }

  protected renderInputs(_ctx: RenderContext): Json | undefined {
    return undefined;
  }

  override render(ctx: RenderContext): Json {
    const { metadata, ...rest } = resolveRaw(this.json as { [key: string]: Json }, this.uses, ctx);
    if (metadata !== undefined && (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))) {
      throw new DslError(`raw trigger '${this.name}': metadata must be an object`);
    }
    const out: { [key: string]: Json } = {};
    // Members before `metadata` in the JSON (such as `recurrence`) stay before it.
    const keys = Object.keys(this.json);
    const at = keys.indexOf('metadata');
    for (const k of at < 0 ? [] : keys.slice(0, at)) out[k] = rest[k]!;
    out.metadata = { ...metadata, operationMetadataId: ctx.operationId(this.name) };
    for (const [k, v] of Object.entries(rest)) if (!(k in out) && v !== undefined) out[k] = v;
    return out;
  }
}

export const rawTrigger = (name: string, json: RawJson, uses?: RawUses) => new RawTrigger(name, json, uses);
