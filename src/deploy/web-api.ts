// A small Dataverse Web API client over global fetch: JSON in and out, the bearer token, OData headers, and
// failures as WebApiFailure with Dataverse's error code and message.

export class WebApiFailure extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    /** Dataverse's error code (`0x80060467`), when the body had one. */
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${method} ${path} answered ${status}${code ? ` (${code})` : ''}: ${detail}`);
    this.name = 'WebApiFailure';
  }
}

export interface WebApiOptions {
  /** The environment URL (`https://contoso.crm.dynamics.com`); requests go to `<url>/api/data/v9.2/`. */
  environment: string;
  token: () => Promise<string>;
  fetch?: typeof fetch;
}

export class WebApi {
  readonly base: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly o: WebApiOptions) {
    this.base = `${o.environment}/api/data/v9.2`;
    this.fetch = o.fetch ?? fetch;
  }

  get<T = Record<string, unknown>>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  patch(path: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
    return this.send('PATCH', path, body, headers);
  }

  /** A collection GET's rows. */
  async list<T = Record<string, unknown>>(path: string): Promise<T[]> {
    return (await this.get<{ value: T[] }>(path)).value ?? [];
  }

  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    let res: Response;
    try {
      res = await this.fetch(`${this.base}/${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${await this.o.token()}`,
          Accept: 'application/json',
          'OData-MaxVersion': '4.0',
          'OData-Version': '4.0',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new WebApiFailure(method, path, 0, cause?.code ?? '', `the request did not reach ${this.o.environment} (${cause?.message ?? (e as Error).message})`);
    }
    const text = await res.text();
    if (!res.ok) {
      let code = '';
      let detail = text.trim() || res.statusText;
      try {
        const error = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
        if (error) {
          code = error.code ?? '';
          detail = error.message ?? detail;
        }
      } catch {
        // not JSON: keep the text
      }
      if (res.status === 401) detail = `${detail || 'Unauthorized'} (the token was refused)`;
      throw new WebApiFailure(method, path, res.status, code, detail);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** `'It''s'`: a string literal for $filter. */
export const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;
