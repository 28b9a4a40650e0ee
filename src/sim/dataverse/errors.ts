// Web API errors with the status codes, error codes and messages real Dataverse returns
// (learn.microsoft.com "Troubleshoot Dataverse Web API client errors", "Perform conditional operations",
// and captured responses; see the report of issue 6 part 3 for the ones that are the double's own wording).

export class WebApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WebApiError';
  }

  /** The response body: `{ "error": { "code": "0x…", "message": "…" } }`. */
  get body(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

const PAYLOAD = (setName: string, inner: string) =>
  `Error identified in Payload provided by the user for Entity :'${setName}', For more information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293  ---->  InnerException : Microsoft.OData.ODataException: ${inner}`;

export const errors = {
  segmentNotFound: (segment: string) =>
    new WebApiError(404, '0x8006088a', `Resource not found for the segment '${segment}'.`),
  noResource: (url: string) =>
    new WebApiError(404, '', `No HTTP resource was found that matches the request URI '${url}'.`),
  notFound: (logicalName: string, id: string) =>
    new WebApiError(404, '0x80040217', `Entity '${logicalName}' With Id = ${id} Does Not Exist`),
  duplicateKey: () => new WebApiError(412, '0x80040237', 'A record with matching key values already exists.'),
  versionMismatch: () =>
    new WebApiError(412, '', "The version of the existing record doesn't match the RowVersion property provided."),
  /** GET $select / $filter / $orderby with a name the type does not have. */
  noProperty: (property: string, logicalName: string) =>
    new WebApiError(
      400,
      '0x0',
      `Could not find a property named '${property}' on type 'Microsoft.Dynamics.CRM.${logicalName}'.`,
    ),
  /** A payload column the table does not have. */
  invalidProperty: (property: string, logicalName: string) =>
    new WebApiError(
      400,
      '0x0',
      `An error occurred while validating input parameters: Microsoft.Crm.CrmException: Invalid property '${property}' was found in entity 'Microsoft.Dynamics.CRM.${logicalName}'. ---> Microsoft.OData.ODataException: Does not support untyped value in non-open type.`,
    ),
  /** `<x>@odata.bind` where x is no single-valued navigation property (e.g. `customerid`). */
  undeclaredNavigation: (setName: string, nav: string) =>
    new WebApiError(
      400,
      '0x80048d19',
      PAYLOAD(
        setName,
        `An undeclared property '${nav}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.`,
      ),
    ),
  /** A JSON value of the wrong type for the column. */
  cannotConvert: (setName: string, literal: string, edmType: string) =>
    new WebApiError(
      400,
      '0x80048d19',
      PAYLOAD(setName, `Cannot convert the literal '${literal}' to the expected type '${edmType}'.`),
    ),
  /** An object or array where a primitive value belongs. */
  unexpectedNode: (setName: string, node: 'StartObject' | 'StartArray') =>
    new WebApiError(
      400,
      '0x80048d19',
      PAYLOAD(
        setName,
        `An unexpected '${node}' node was found when reading from the JSON reader. A 'PrimitiveValue' node was expected.`,
      ),
    ),
  /** `_x_value` or the lookup's logical name written as a plain property. */
  entityReference: () =>
    new WebApiError(
      400,
      '0x80060888',
      'CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.',
    ),
  textTooLong: (column: string, logicalName: string, max: number) =>
    new WebApiError(
      400,
      '0x80044331',
      `A validation error occurred.  The length of the '${column}' attribute of the '${logicalName}' entity exceeded the maximum allowed length of '${max}'.`,
    ),
  outOfRange: (value: number | string, column: string, logicalName: string, accepted: number[]) =>
    new WebApiError(
      400,
      '0x8004431A',
      `A validation error occurred. The value ${value} of '${column}' on record of type '${logicalName}' is outside the valid range. Accepted Values: ${accepted.join(',')}`,
    ),
  /** statuscode that does not belong to the record's state (`2 is not a valid status code for state code AccountState.Active on account with Id …`). */
  invalidStatus: (status: number, schemaName: string, stateLabel: string, logicalName: string, id: string) =>
    new WebApiError(
      400,
      '0x80048408',
      `${status} is not a valid status code for state code ${schemaName}State.${stateLabel.replace(/\s+/g, '')} on ${logicalName} with Id ${id}.`,
    ),
  /** The double's wording: opportunity.statecode is not valid for create (IsValidForCreate False). */
  notValidForCreate: (column: string, logicalName: string) =>
    new WebApiError(
      400,
      '0x80040203',
      `Invalid argument: the '${column}' attribute of the '${logicalName}' entity is not valid for create (IsValidForCreate is false).`,
    ),
  /** Won/Lost through Update instead of WinOpportunity/LoseOpportunity. */
  useWinLose: (state: 'Won' | 'Lost') =>
    new WebApiError(
      400,
      '0x80040203',
      `This message can not be used to set the state of opportunity to ${state}. In order to set state of opportunity to ${state} use the ${state === 'Won' ? 'WinOpportunityRequest' : 'LoseOpportunityRequest'} message instead.`,
    ),
  opportunityClosed: () => new WebApiError(400, '0x80040203', 'The opportunity is already closed.'),
  restrictDelete: () =>
    new WebApiError(400, '0x80040203', 'The record cannot be deleted because it is associated with another record.'),
  /** A bind value that is not `<entityset>(<guid>)`. */
  badReference: (value: string) => new WebApiError(400, '0x8006088a', `Resource not found for the segment '${value}'.`),
  /** A bind to a row of another table than the navigation property's. */
  wrongTarget: (setName: string, nav: string, expected: string) =>
    new WebApiError(
      400,
      '0x80048d19',
      PAYLOAD(
        setName,
        `A navigation link for '${nav}' must reference an entity of type 'Microsoft.Dynamics.CRM.${expected}'.`,
      ),
    ),
  syntax: (position: number, text: string) =>
    new WebApiError(400, '0x0', `Syntax error at position ${position} in '${text}'.`),
  unterminated: (position: number, text: string) =>
    new WebApiError(400, '0x0', `There is an unterminated literal at position ${position} in '${text}'.`),
  incompatible: (left: string, right: string, operator: string) =>
    new WebApiError(
      400,
      '0x0',
      `A binary operator with incompatible types was detected. Found operand types '${left}' and '${right}' for operator kind '${operator}'.`,
    ),
  functionSignature: (name: string) =>
    new WebApiError(
      400,
      '0x0',
      `No function signature for the function with name '${name}' matches the specified arguments. The function signatures considered are: ${name}(Edm.String Nullable=true, Edm.String Nullable=true).`,
    ),
  invalidTop: (value: string) =>
    new WebApiError(
      400,
      '0x0',
      `Invalid value '${value}' for $top query option found. The $top query option requires a non-negative integer value.`,
    ),
  /** `$expand` of a structural property (`$expand=name`). */
  notNavigation: (property: string, logicalName: string) =>
    new WebApiError(
      400,
      '0x0',
      `Property '${property}' on type 'Microsoft.Dynamics.CRM.${logicalName}' is not a navigation property or complex property. Only navigation properties can be expanded.`,
    ),
  /** `$top`/`$orderby` in the `$expand` of a single-valued navigation property (learn.microsoft.com, "Join tables"). */
  expandOptions: () =>
    new WebApiError(
      400,
      '0x80060888',
      'Only $select and $filter clause can be provided while doing $expand on many-to-one relationship or nested one-to-many relationship.',
    ),
  badRequest: (message: string) => new WebApiError(400, '0x0', message),
  /** What the double does not model: a loud 501 rather than a silent wrong answer. */
  notModelled: (what: string) => new WebApiError(501, '0x0', `The Dataverse double does not model ${what}.`),
};
