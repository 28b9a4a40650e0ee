// The simulator: the workflow runtime, the service doubles, scenario files and the run report.
export type * from './contracts';
export * from './runtime';
export { BASE_CURRENCY_ID, DATAVERSE_API_NAME, DataverseDouble, ORGANIZATION_URL, dataverseAdapter } from './dataverse';
export { MICROSOFT_IDENTITY, PartnerCenterDouble, partnerCenterAdapter, partnerCenterAdapters } from './partner-center';
export * from './scenario';
export * from './report';
