// resolveMx: { exchange, priority } objects.
const { start } = require('dns-test-server');
start({ 'mail.test': { MX: [{ priority: 10, exchange: 'mx1.mail.test' }, { priority: 20, exchange: 'mx2.mail.test' }] } },
  (server, port, resolver) => {
    resolver.resolveMx('mail.test', (err, records) => {
      console.log(err, records);
      server.close();
    });
  });
