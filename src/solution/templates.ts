// The Handlebars templates of solution-template/. Output is XML: Handlebars' HTML escaping is switched off
// (`noEscape`) and every value goes through an explicit helper — `text` or `attr` (XML escaping) — or `indent`
// (a trusted XML fragment from a component producer). test/solution/templates.test.ts enforces that.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { reindent, xmlAttr, xmlText } from './xml';

export const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'solution-template');

export type TemplateName =
  'solution.xml' | 'customizations.xml' | 'workflow.data.xml' | 'environmentvariabledefinition.xml' | 'content-types.xml';

const hb = Handlebars.create();
hb.registerHelper('text', (v: unknown) => xmlText(v));
hb.registerHelper('attr', (v: unknown) => xmlAttr(v));
hb.registerHelper('indent', (fragment: unknown, spaces: unknown) => reindent(String(fragment), Number(spaces)));

let loaded = false;
const compiled = new Map<TemplateName, ReturnType<typeof hb.compile>>();

function load(): void {
  if (loaded) return;
  hb.registerPartial('workflow', readFileSync(join(TEMPLATE_DIR, 'workflow.xml.hbs'), 'utf8'));
  loaded = true;
}

/** Renders a template with LF line ends and no trailing newline (real exported XML ends at its last `>`). */
export function render(name: TemplateName, view: object): string {
  load();
  let template = compiled.get(name);
  if (!template) {
    template = hb.compile(readFileSync(join(TEMPLATE_DIR, `${name}.hbs`), 'utf8'), { noEscape: true, strict: true });
    compiled.set(name, template);
  }
  try {
    return template(view).replace(/\r\n/g, '\n').replace(/\n+$/, '');
  } catch (e) {
    throw new Error(`solution-template/${name}.hbs: ${(e as Error).message}`);
  }
}
