// Which record is which: the referral id on the opportunity (Referral Identifier, Referral Link) and the
// Dynamics 365 id on the referral (externalReferenceId).
import { $, type Ref, type Value } from '../../src/dsl';
import { text } from './expr';
import { isGuid } from './guid';
import { odataEq } from './odata';

/** The link to the referral in Partner Center: the configured base followed by the referral id. */
export const referralLink = (base: Value<string>, id: Value<string>): Ref<string> => $.concat(base, id);

/**
 * `$filter` of the opportunity of a referral: its Referral Identifier, or the opportunity whose id Partner Center
 * holds as externalReferenceId (a referral shared from Dynamics 365, before its identifier is written back).
 */
export const opportunityOfReferral = (
  referralId: Value<string>,
  externalReferenceId: Value<string | null | undefined>,
): Ref<string> =>
  $.concat(
    odataEq('cosell_referralidentifier', referralId),
    $.if(isGuid(externalReferenceId), $.concat(' or opportunityid eq ', text(externalReferenceId)), ''),
  );
