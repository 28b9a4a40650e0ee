// The Partner Center double (Referrals API + webhooks on loopback) and the adapters that reach it through the
// generated swaggers.
export * from './adapter';
export * from './double';
export { ServiceError } from './errors';
export { PATCHABLE, type PatchOp } from './json-patch';
export { MicrosoftSide, type MicrosoftReferralInput } from './microsoft';
export { STATUSES, SUBSTATUSES_OF } from './rules';
export * from './types';
export { CERTIFICATE_URL, resourceUriOf, signingKeys } from './webhooks';
