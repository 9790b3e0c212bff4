// resolvePtr on any name.
const { start } = require('dns-test-server');
start({ 'ptr.test': { PTR: ['host.ptr.test'] } }, (server, port, resolver) => {
  resolver.resolvePtr('ptr.test', (err, names) => {
    console.log(err, names);
    server.close();
  });
});
