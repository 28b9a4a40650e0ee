// The shared field mapping between Partner Center referrals and Dynamics 365 rows: pure expression builders
// and constant tables, used by every flow and unit-tested by evaluating the expressions they build.
export * from './audit';
export * from './customer';
export * from './describe';
export * from './echo';
export * from './expr';
export * from './guid';
export * from './help';
export * from './identity';
export * from './microsoft';
export * from './names';
export * from './odata';
export * from './registration';
export * from './solution-rows';
export * from './status';
export * from './to-dynamics';
export * from './to-partner-center';
export * from './validation';
export * from './watermark';
export * from './webhook';
