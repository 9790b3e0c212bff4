// dns.promises.lookup: { address, family }, or the list with all: true.
const dnsPromises = require('dns').promises;
dnsPromises.lookup('127.0.0.1')
  .then((r) => { console.log(r); return dnsPromises.lookup('::1', { all: true }); })
  .then((r) => { console.log(r); return dnsPromises.lookup('localhost', 4); })
  .then((r) => { console.log(r); return dnsPromises.lookup('localhost', { family: 4, all: true }); })
  .then((r) => console.log(r));
console.log(typeof dnsPromises.resolve4, typeof dnsPromises.Resolver, typeof dnsPromises.setServers);
