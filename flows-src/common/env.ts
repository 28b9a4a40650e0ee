// The environment variables the flows read (display names, defaults and descriptions: solution.yaml).
import { env } from '../../src/dsl';

/** Show ✔ / ✖ in opportunity names. */
export const showCheckMark = env.boolean('cosell_showcheckmark');
/** Logical name of the opportunity column holding the deal value. */
export const dealValueColumn = env.string('cosell_dealvaluecolumn');
/** Logical name of the account column holding the ISO 3166 alpha-2 country code. */
export const countryCodeColumn = env.string('cosell_countrycodecolumn');
/** systemuserid behind the Dataverse connection: rows it modified are the sync's own writes. */
export const syncUserId = env.string('cosell_syncuserid');
/** Start of the Partner Center link written to Referral Link; the referral id follows. */
export const referralLinkBase = env.string('cosell_referrallinkbase');

/**
 * Schema name of the reconciliation watermark. Read and written as a Dataverse row by the reconciliation flow,
 * never through parameters(): a flow sees parameter values as they were when it was turned on.
 */
export const WATERMARK_VARIABLE = 'cosell_reconciliationwatermark';
