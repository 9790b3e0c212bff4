// An answer holding records of other types too: each method keeps only its own type.
const { start } = require('dns-test-server');
start({ 'mixed.test': { A: ['3.3.3.3'], AAAA: ['::3'], CNAME: ['c.mixed.test'] } }, (server, port, resolver) => {
  resolver.resolveCname('mixed.test', (err, c) => {
    console.log('cname', err, c);
    resolver.resolve4('mixed.test', (err, a) => {
      console.log('a', err, a);
      resolver.resolve6('mixed.test', (err, aaaa) => {
        console.log('aaaa', err, aaaa);
        server.close();
      });
    });
  });
});
