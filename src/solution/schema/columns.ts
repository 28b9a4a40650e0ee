// Custom columns (YAML column definitions) as `<attribute>` elements, one per column type.
import { attributeNode, type AttributeSpec, DEFAULT_DISPLAY_MASK, lookupTail } from './attribute';
import type { ColumnDef, GlobalChoiceDef, PrimaryNameDef } from './model';
import { bitOptionSetNode, localPicklistNode, optionValue, resolveOptions } from './optionset';
import { textEl, type XmlElement } from './xml';

export interface ColumnContext {
  /** Logical name of the table the column belongs to. */
  table: string;
  version: string;
  lang: number;
  optionValuePrefix: number;
  choices: ReadonlyMap<string, GlobalChoiceDef>;
}

/** Dataverse's `<Type>` of each YAML column type. */
export const DATAVERSE_TYPE: Record<ColumnDef['type'], string> = {
  boolean: 'bit',
  text: 'nvarchar',
  memo: 'ntext',
  choice: 'picklist',
  multichoice: 'multiselectpicklist',
  lookup: 'lookup',
};

export function columnNode(col: ColumnDef, ctx: ColumnContext): XmlElement {
  const base = {
    physicalName: col.schemaName,
    type: DATAVERSE_TYPE[col.type],
    requiredLevel: col.required ?? 'none',
    displayMask: DEFAULT_DISPLAY_MASK,
    imeMode: 'auto',
    validForUpdate: true,
    validForCreate: true,
    isCustomField: true,
    audit: col.audit ?? true,
    introducedVersion: ctx.version,
    displayName: col.displayName,
    description: col.description ?? '',
    lang: ctx.lang,
  } satisfies Omit<AttributeSpec, 'tail'>;
  return attributeNode({ ...base, ...typeSpecific(col, ctx) });
}

/** The primary name column of a custom table ([APK] cat_Name, [PNP-ES] sha_Name). */
export function primaryNameNode(p: PrimaryNameDef, ctx: ColumnContext): XmlElement {
  return attributeNode({
    physicalName: p.schemaName,
    type: 'nvarchar',
    requiredLevel: 'required',
    displayMask: `PrimaryName|${DEFAULT_DISPLAY_MASK}|RequiredForForm`,
    imeMode: 'auto',
    validForUpdate: true,
    validForCreate: true,
    isCustomField: true,
    audit: true,
    introducedVersion: ctx.version,
    searchable: true,
    retrievable: true,
    tail: textTail('text', p.maxLength),
    displayName: p.displayName,
    description: p.description ?? '',
    lang: ctx.lang,
  });
}

function typeSpecific(col: ColumnDef, ctx: ColumnContext): Partial<AttributeSpec> & { tail: XmlElement[] } {
  const localName = `${ctx.table}_${col.schemaName.toLowerCase()}`;
  switch (col.type) {
    case 'text':
      return { tail: textTail(col.format ?? 'text', col.maxLength) };
    case 'memo':
      return { tail: [textEl('Format', 'text'), textEl('MaxLength', col.maxLength)] };
    case 'boolean':
      return {
        tail: [
          textEl('AppDefaultValue', col.default ? 1 : 0),
          bitOptionSetNode(localName, col.displayName, col.trueLabel ?? 'Yes', col.falseLabel ?? 'No', ctx.version, ctx.lang),
        ],
      };
    case 'choice': {
      const options = col.globalChoice ? ctx.choices.get(col.globalChoice)!.options : col.options!;
      const def = options.find((o) => o.code === col.default);
      const appDefault = textEl('AppDefaultValue', def ? optionValue(ctx.optionValuePrefix, def.index) : -1);
      if (col.globalChoice) return { tail: [appDefault, textEl('OptionSetName', col.globalChoice)] };
      const resolved = resolveOptions(options, ctx.optionValuePrefix);
      return { tail: [appDefault, localPicklistNode(localName, col.displayName, resolved, ctx.version, ctx.lang)] };
    }
    case 'multichoice':
      return { tail: [textEl('OptionSetName', col.globalChoice)] };
    case 'lookup':
      return { imeMode: undefined, tail: lookupTail() };
  }
}

/** Single line of text: Format, MaxLength and Length (= 2 × MaxLength, bytes). */
function textTail(format: string, maxLength: number): XmlElement[] {
  return [textEl('Format', format), textEl('MaxLength', maxLength), textEl('Length', maxLength * 2)];
}
