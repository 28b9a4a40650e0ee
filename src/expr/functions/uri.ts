// URI parsing functions, with System.Uri's results: the path and query stay
// percent-encoded, the port defaults by scheme, the query keeps its '?'.

import { invalid, str, type CallSite, type Fn } from './args';

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21, ws: 80, wss: 443, ldap: 389, mailto: 25, news: 119, nntp: 119, gopher: 70, telnet: 23 };

function parse(site: CallSite, text: string): URL {
  try {
    return new URL(text);
  } catch {
    // reported below
  }
  return invalid(site, `The provided value '${text}' is not a valid absolute URI.`);
}

const scheme = (url: URL) => url.protocol.replace(/:$/, '');
const path = (url: URL) => url.pathname || '/';

export const URI_FUNCTIONS: Record<string, Fn> = {
  urihost: (args, site) => parse(site, str(site, args, 0)).hostname,
  uripath: (args, site) => path(parse(site, str(site, args, 0))),
  uripathandquery: (args, site) => {
    const url = parse(site, str(site, args, 0));
    return path(url) + url.search;
  },
  uriport: (args, site) => {
    const url = parse(site, str(site, args, 0));
    return url.port ? Number(url.port) : (DEFAULT_PORTS[scheme(url)] ?? -1);
  },
  uriquery: (args, site) => parse(site, str(site, args, 0)).search,
  urischeme: (args, site) => scheme(parse(site, str(site, args, 0))),
};
