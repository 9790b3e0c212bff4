// resolveNs: name server names.
const { start } = require('dns-test-server');
start({ 'zone.test': { NS: ['ns1.zone.test', 'ns2.example.org'] } }, (server, port, resolver) => {
  resolver.resolveNs('zone.test', (err, names) => {
    console.log(err, names);
    server.close();
  });
});
