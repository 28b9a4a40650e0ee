// The named schemas of the Partner Center Referrals connector (Swagger `definitions`).
import { Definitions } from '../model/definitions';

export const referralDefinitions = new Definitions();
export const define = referralDefinitions.define.bind(referralDefinitions);
