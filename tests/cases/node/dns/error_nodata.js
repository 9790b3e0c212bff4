// A name that exists without records of the asked type: ENODATA.
const { start } = require('dns-test-server');
start({ 'v4only.test': { A: ['1.2.3.4'] } }, (server, port, resolver) => {
  resolver.resolve6('v4only.test', (err) => {
    console.log(err.message, err.code, err.syscall, err.hostname);
    resolver.resolveTxt('v4only.test', (err) => {
      console.log(err.message);
      server.close();
    });
  });
});
