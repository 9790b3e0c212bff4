// cancel() ends pending queries with ECANCELLED; the late answer is dropped.
const { start } = require('dns-test-server');
const dns = require('dns');
start({ 'slow.test': { silent: true } }, (server, port) => {
  const resolver = new dns.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers(['127.0.0.1:' + port]);
  let calls = 0;
  resolver.resolve4('slow.test', (err) => {
    calls++;
    console.log(err.message, err.code, err.syscall, err.hostname);
  });
  resolver.resolveMx('slow.test', (err) => {
    calls++;
    console.log(err.message, err.code);
  });
  setTimeout(() => resolver.cancel(), 20);
  setTimeout(() => {
    console.log('calls', calls);
    server.close();
  }, 1300);
});
