// Compares two swaggers operation by operation (matched by operationId): method, full path, parameters.
type J = Record<string, any>;

interface Param {
  where: string;
  name: string;
  required: boolean;
  type?: string;
  /** Body parameters: the definition name their schema (or its items) references. */
  schema?: string;
}
interface Shape {
  id: string;
  method: string;
  path: string;
  params: Map<string, Param>;
}

const refName = (schema: J | undefined): string | undefined => {
  const ref = schema?.$ref ?? schema?.items?.$ref;
  return typeof ref === 'string' ? ref.replace('#/definitions/', '') + (schema?.items ? '[]' : '') : schema?.type;
};

function shapes(doc: J): Map<string, Shape> {
  const base = String(doc.basePath ?? '/').replace(/\/$/, '');
  const out = new Map<string, Shape>();
  for (const [path, item] of Object.entries(doc.paths as J)) {
    for (const [method, op] of Object.entries(item as J)) {
      const params = new Map<string, Param>();
      for (const p of (op as J).parameters ?? []) {
        // Header names are case-insensitive; a body is one per operation whatever its name.
        const key = p.in === 'body' ? 'body' : `${p.in}:${p.in === 'header' ? String(p.name).toLowerCase() : p.name}`;
        params.set(key, {
          where: p.in,
          name: p.name,
          required: p.required === true,
          type: p.type,
          schema: p.in === 'body' ? refName(p.schema) : undefined,
        });
      }
      out.set((op as J).operationId, { id: (op as J).operationId, method: method.toUpperCase(), path: `${base}${path}`, params });
    }
  }
  return out;
}

/** Every difference between our operations and theirs, one line each, in a stable order. */
export function compareOperations(ours: J, theirs: J): string[] {
  const a = shapes(ours);
  const b = shapes(theirs);
  const out: string[] = [];
  for (const id of [...new Set([...b.keys(), ...a.keys()])]) {
    const x = a.get(id);
    const y = b.get(id);
    if (!x) out.push(`${id}: only in the certified connector (${y!.method} ${y!.path})`);
    else if (!y) out.push(`${id}: only here (${x.method} ${x.path})`);
    else {
      if (x.method !== y.method) out.push(`${id}: method ${x.method} here, ${y.method} in the certified connector`);
      if (x.path !== y.path) out.push(`${id}: path ${x.path} here, ${y.path} in the certified connector`);
      for (const key of [...new Set([...y.params.keys(), ...x.params.keys()])]) {
        const p = x.params.get(key);
        const q = y.params.get(key);
        const label = (r: Param) => `${r.where} parameter '${r.name}'`;
        if (!p) out.push(`${id}: ${label(q!)} only in the certified connector`);
        else if (!q) out.push(`${id}: ${label(p)} only here`);
        else {
          if (p.name !== q.name) out.push(`${id}: ${label(p)} is '${q.name}' in the certified connector`);
          if (p.required !== q.required)
            out.push(`${id}: ${label(p)} is ${p.required ? 'required' : 'optional'} here, not in the certified connector`);
          if (p.type !== q.type) out.push(`${id}: ${label(p)} has type ${p.type} here, ${q.type} in the certified connector`);
          if (p.schema !== q.schema) out.push(`${id}: ${label(p)} is ${p.schema} here, ${q.schema} in the certified connector`);
        }
      }
    }
  }
  return out;
}
