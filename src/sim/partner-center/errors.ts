// Error responses in the shapes the services document: Partner REST `{"error":{code,message,target}}`
// (error-codes.md), the throttling body, and the webhooks API's `{code, description}`.

/** A failed call: thrown by the double's handlers, turned into a response by the server. */
export class ServiceError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(
      typeof body === 'object' && body && 'error' in body
        ? String((body as { error: { message: string } }).error.message)
        : `HTTP ${statusCode}`,
    );
  }
}

/** Partner REST error codes by HTTP status (error-codes.md). */
const CODES: Record<number, string> = {
  400: 'invalidRequest',
  401: 'unauthenticated',
  403: 'accessDenied',
  404: 'itemNotFound',
  409: 'conflict',
  412: 'preconditionFailed',
  500: 'generalException',
  503: 'serviceNotAvailable',
  504: 'serviceNotAvailable',
};

export const restError = (
  statusCode: number,
  message: string,
  target?: string,
  code = CODES[statusCode] ?? 'generalException',
) => new ServiceError(statusCode, { error: { code, message, ...(target ? { target } : {}) } });

export const invalid = (message: string, target?: string) => restError(400, message, target);

export const notFound = (id: string) => restError(404, `Referral with id '${id}' was not found.`, 'referral');

/** The webhooks API (api.partnercenter.microsoft.com) answers `{code, description}`. */
export const eventsError = (statusCode: number, code: string, description: string) =>
  new ServiceError(statusCode, { code, description });

/** An injected fault: 429 with the throttling body (api-throttling-guidance), others with the REST envelope. */
export function faultError(statusCode: number, retryAfter?: number): ServiceError {
  const headers: Record<string, string> = retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {};
  if (statusCode === 429) {
    const wait = retryAfter ?? 1;
    return new ServiceError(
      429,
      { statusCode: 429, message: `Rate limit is exceeded. Try again in ${wait} seconds.` },
      headers,
    );
  }
  const e = restError(statusCode, `The service is unavailable (injected fault ${statusCode}).`);
  return new ServiceError(statusCode, e.body, headers);
}
