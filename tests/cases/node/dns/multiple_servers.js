// With several servers, one that refuses the port is skipped and the next answers.
const dgram = require('dgram');
const dns = require('dns');
const { start } = require('dns-test-server');
const dead = dgram.createSocket('udp4');
dead.bind(0, '127.0.0.1', () => {
  const deadPort = dead.address().port;
  dead.close(() => {
    start({ 'two.test': { A: ['2.2.2.2'] } }, (server, port) => {
      const resolver = new dns.Resolver({ timeout: 2000, tries: 1 });
      resolver.setServers(['127.0.0.1:' + deadPort, '127.0.0.1:' + port]);
      resolver.resolve4('two.test', (err, a) => {
        console.log(err, a, server.queries);
        server.close();
      });
    });
  });
});
