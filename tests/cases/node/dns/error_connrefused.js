// A server port nobody listens on: ECONNREFUSED.
const dgram = require('dgram');
const dns = require('dns');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  const port = s.address().port;
  s.close(() => {
    const resolver = new dns.Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers(['127.0.0.1:' + port]);
    resolver.resolve4('closed.test', (err) => {
      console.log(err.message, err.code, err.syscall);
    });
  });
});
