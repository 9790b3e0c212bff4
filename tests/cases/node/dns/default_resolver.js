// dns.setServers changes the module's own resolver: dns.resolve4 then asks the test server.
const { start } = require('dns-test-server');
const dns = require('dns');
start({ 'default.test': { A: ['4.4.4.4'], MX: [{ priority: 0, exchange: 'mx.default.test' }] } }, (server, port) => {
  dns.setServers(['127.0.0.1:' + port]);
  console.log(dns.getServers()[0] === '127.0.0.1:' + port, dns.getServers().length);
  dns.resolve4('default.test', (err, a) => {
    console.log(err, a);
    dns.resolve('default.test', 'MX', (err, mx) => {
      console.log(err, mx);
      const r = new dns.Resolver();
      console.log('new resolvers start from the defaults', r.getServers()[0] === '127.0.0.1:' + port);
      server.close();
    });
  });
});
