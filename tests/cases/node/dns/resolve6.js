// resolve6, with and without ttl: addresses in node's compressed text form.
const { start } = require('dns-test-server');
start({ 'six.test': { AAAA: ['2001:db8::1', 'fe80:0:0:0:0:0:0:abcd', '::1'], ttl: 60 } }, (server, port, resolver) => {
  resolver.resolve6('six.test', (err, addresses) => {
    console.log(err, addresses);
    resolver.resolve6('six.test', { ttl: true }, (err, withTtl) => {
      console.log(err, withTtl);
      server.close();
    });
  });
});
