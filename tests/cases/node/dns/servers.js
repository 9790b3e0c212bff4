// setServers/getServers: ports other than 53 are kept ([v6]:port for IPv6); bad entries throw.
const dns = require('dns');
const r = new dns.Resolver();
r.setServers(['127.0.0.1', '127.0.0.2:5353', '::1', '[::1]:5353', '[fe80::1]', '8.8.8.8:53']);
console.log(r.getServers());
for (const bad of [['example.com'], ['1.2.3.4:abc'], [5], 'x']) {
  try { r.setServers(bad); console.log('accepted'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(r.getServers().length);
r.setServers([]);
console.log(r.getServers());
