// resolve(name, rrtype, cb) picks the method; resolve(name, cb) is 'A'; unknown rrtypes throw.
const { start } = require('dns-test-server');
start({ 'multi.test': { A: ['9.9.9.9'], MX: [{ priority: 1, exchange: 'mx.multi.test' }], TXT: [['t']] } },
  (server, port, resolver) => {
    try { resolver.resolve('multi.test', 'BOGUS', () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
    try { resolver.resolve('multi.test', 5, () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
    resolver.resolve('multi.test', (err, a) => {
      console.log('default', err, a);
      resolver.resolve('multi.test', 'MX', (err, mx) => {
        console.log('MX', err, mx);
        resolver.resolve('multi.test', 'TXT', (err, txt) => {
          console.log('TXT', err, txt);
          server.close();
        });
      });
    });
  });
