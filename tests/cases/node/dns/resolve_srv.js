// resolveSrv: { name, port, priority, weight } objects.
const { start } = require('dns-test-server');
start({ '_sip._udp.srv.test': { SRV: [{ priority: 1, weight: 5, port: 5060, target: 'sip.srv.test' },
  { priority: 2, weight: 0, port: 5061, target: 'backup.srv.test' }] } }, (server, port, resolver) => {
  resolver.resolveSrv('_sip._udp.srv.test', (err, records) => {
    console.log(err, records);
    server.close();
  });
});
