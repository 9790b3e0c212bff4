// resolve4 against the test's own DNS server: every A record, in the server's order.
const { start } = require('dns-test-server');
start({ 'a.test': { A: ['1.2.3.4', '5.6.7.8'] } }, (server, port, resolver) => {
  resolver.resolve4('a.test', (err, addresses) => {
    console.log(err, addresses);
    console.log(server.queries);
    server.close();
  });
});
