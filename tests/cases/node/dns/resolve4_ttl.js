// resolve4(name, { ttl: true }) gives { address, ttl } objects.
const { start } = require('dns-test-server');
start({ 'ttl.test': { A: ['10.0.0.1', '10.0.0.2'], ttl: 1234 } }, (server, port, resolver) => {
  resolver.resolve4('ttl.test', { ttl: true }, (err, addresses) => {
    console.log(err, addresses);
    resolver.resolve4('ttl.test', { ttl: false }, (err, plain) => {
      console.log(err, plain);
      server.close();
    });
  });
});
