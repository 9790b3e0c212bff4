// resolveCname: the canonical name.
const { start } = require('dns-test-server');
start({ 'www.alias.test': { CNAME: ['real.alias.test'] } }, (server, port, resolver) => {
  resolver.resolveCname('www.alias.test', (err, names) => {
    console.log(err, names);
    server.close();
  });
});
