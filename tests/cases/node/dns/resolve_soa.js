// resolveSoa: one object (not an array).
const { start } = require('dns-test-server');
start({ 'soa.test': { SOA: { nsname: 'ns.soa.test', hostmaster: 'admin.soa.test', serial: 2024010101,
  refresh: 7200, retry: 3600, expire: 1209600, minttl: 300 } } }, (server, port, resolver) => {
  resolver.resolveSoa('soa.test', (err, soa) => {
    console.log(err, soa);
    server.close();
  });
});
