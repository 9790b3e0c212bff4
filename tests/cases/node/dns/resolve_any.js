// resolveAny: every record with its type.
const { start } = require('dns-test-server');
start({ 'any.test': { A: ['1.1.1.1'], AAAA: ['2001:db8::2'], MX: [{ priority: 5, exchange: 'mx.any.test' }],
  TXT: [['hello']], NS: ['ns.any.test'], ttl: 99 } }, (server, port, resolver) => {
  resolver.resolveAny('any.test', (err, records) => {
    console.log(err, records);
    server.close();
  });
});
