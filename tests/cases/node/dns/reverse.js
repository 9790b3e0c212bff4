// reverse(ip) asks for PTR records of in-addr.arpa / ip6.arpa names.
const { start } = require('dns-test-server');
start({
  '4.3.2.1.in-addr.arpa': { PTR: ['one.two.test'] },
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': { PTR: ['six.two.test'] }
}, (server, port, resolver) => {
  resolver.reverse('1.2.3.4', (err, names) => {
    console.log(err, names);
    resolver.reverse('2001:db8::1', (err, names) => {
      console.log(err, names);
      resolver.reverse('9.9.9.9', (err) => {
        console.log(err.message, err.code, err.syscall);
        console.log(server.queries);
        server.close();
      });
    });
  });
});
