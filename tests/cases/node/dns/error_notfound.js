// A name the server does not know (NXDOMAIN): `queryA ENOTFOUND name`, code ENOTFOUND, no errno.
const { start } = require('dns-test-server');
start({}, (server, port, resolver) => {
  resolver.resolve4('example.invalid', (err, result) => {
    console.log(err instanceof Error, err.message, err.code, err.errno, err.syscall, err.hostname, result);
    resolver.resolveMx('nothing.test', (err) => {
      console.log(err.message);
      server.close();
    });
  });
});
