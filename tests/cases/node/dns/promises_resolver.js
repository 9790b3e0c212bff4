// dns.promises.Resolver: the same queries, results and errors through promises.
const { start } = require('dns-test-server');
const dnsPromises = require('dns').promises;
start({ 'p.test': { A: ['7.7.7.7'], TXT: [['x', 'y']] } }, (server, port) => {
  const r = new dnsPromises.Resolver();
  r.setServers(['127.0.0.1:' + port]);
  console.log(r.getServers()[0] === '127.0.0.1:' + port);
  r.resolve4('p.test')
    .then((a) => { console.log('A', a); return r.resolveTxt('p.test'); })
    .then((t) => { console.log('TXT', t); return r.resolve4('p.test', { ttl: true }); })
    .then((a) => { console.log('ttl', a); return r.resolve6('p.test'); })
    .catch((err) => { console.log('rejected', err.message, err.code); return r.resolve('missing.test', 'A'); })
    .catch((err) => { console.log('rejected', err.message, err.code); })
    .then(() => server.close());
});
