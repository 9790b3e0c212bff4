// The module's error-code constants and its shape.
const dns = require('dns');
console.log(dns.NODATA, dns.FORMERR, dns.SERVFAIL, dns.NOTFOUND, dns.NOTIMP, dns.REFUSED, dns.BADQUERY,
  dns.BADNAME, dns.BADFAMILY, dns.BADRESP, dns.CONNREFUSED, dns.TIMEOUT, dns.EOF, dns.FILE, dns.NOMEM,
  dns.DESTRUCTION, dns.BADSTR, dns.BADFLAGS, dns.NONAME, dns.BADHINTS, dns.NOTINITIALIZED, dns.CANCELLED);
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname',
  'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveSoa', 'reverse', 'setServers',
  'getServers', 'Resolver']) {
  console.log(name, typeof dns[name]);
}
console.log(typeof dns.promises, dns.getDefaultResultOrder());
