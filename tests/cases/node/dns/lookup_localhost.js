// lookup('localhost') through the OS resolver, by family.
const dns = require('dns');
dns.lookup('localhost', 4, (err, address, family) => {
  console.log('family 4', err, address, family);
  dns.lookup('localhost', { family: 'IPv4', all: true }, (err, list) => {
    console.log('IPv4 all', err, list);
    dns.lookup('localhost', { all: true, order: 'ipv4first' }, (err, list) => {
      console.log('first is v4', err, list[0]);
    });
  });
});
