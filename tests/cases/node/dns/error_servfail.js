// Server failures: SERVFAIL -> ESERVFAIL, REFUSED -> EREFUSED, NOTIMP -> ENOTIMP, FORMERR -> EFORMERR.
const { start } = require('dns-test-server');
start({ 'fail.test': { rcode: 2 }, 'refused.test': { rcode: 5 }, 'notimp.test': { rcode: 4 }, 'formerr.test': { rcode: 1 } },
  (server, port, resolver) => {
    const names = ['fail.test', 'refused.test', 'notimp.test', 'formerr.test'];
    function next() {
      const name = names.shift();
      if (!name) return server.close();
      resolver.resolve4(name, (err) => {
        console.log(err.message, err.code);
        next();
      });
    }
    next();
  });
