/** One problem found in a compiled flow, located by action path and JSON field. */
export interface Finding {
  /** Action path (`Try/Get_referral`), `triggers/<name>`, or `definition`. */
  readonly path: string;
  /** The JSON member inside the action, e.g. `inputs.parameters.$filter`. */
  readonly field?: string;
  readonly message: string;
  /** Stable id of the check that found it. */
  readonly check: string;
}

/** A whole-flow check over compiled workflow JSON. */
export type DefinitionCheck = (model: import('./definition').DefinitionModel, properties: Record<string, any>) => Finding[];
