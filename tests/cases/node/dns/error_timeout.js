// A server that never answers: ETIMEOUT after timeout x tries.
const { start } = require('dns-test-server');
const dns = require('dns');
start({ 'silent.test': { silent: true, A: ['1.2.3.4'] } }, (server, port) => {
  const resolver = new dns.Resolver({ timeout: 100, tries: 2 });
  resolver.setServers(['127.0.0.1:' + port]);
  resolver.resolve4('silent.test', (err) => {
    console.log(err.message, err.code, err.syscall);
    console.log(server.queries.length >= 1);
    server.close();
  });
});
