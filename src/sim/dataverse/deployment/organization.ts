// RetrieveCurrentOrganization(AccessType=…): the OrganizationDetail complex type (learn.microsoft.com
// webapi/reference/organizationdetail), whose EnvironmentId names the environment in the Power Automate API.
import { API_PATH, type HttpRequest, type HttpResult, JSON_TYPE } from '../http/handler';

export interface OrganizationInfo {
  organizationId: string;
  environmentId: string;
  tenantId: string;
  uniqueName: string;
  friendlyName: string;
}

export function retrieveCurrentOrganization(req: HttpRequest, org: OrganizationInfo): HttpResult {
  const urlName = new URL(req.origin).hostname.split('.')[0] ?? org.uniqueName;
  return {
    status: 200,
    headers: { ...JSON_TYPE },
    body: {
      '@odata.context': `${req.origin}${API_PATH}/$metadata#Microsoft.Dynamics.CRM.RetrieveCurrentOrganizationResponse`,
      Detail: {
        OrganizationId: org.organizationId,
        FriendlyName: org.friendlyName,
        OrganizationVersion: '9.2.25014.198',
        EnvironmentId: org.environmentId,
        DatacenterId: '00000000-0000-0000-0000-000000000000',
        Geo: 'NA',
        TenantId: org.tenantId,
        UrlName: urlName,
        UniqueName: org.uniqueName,
        State: 'Enabled',
        Endpoints: {
          Count: 1,
          IsReadOnly: false,
          Keys: ['WebApplication'],
          Values: [`${req.origin}/`],
        },
      },
    },
    events: [],
  };
}
