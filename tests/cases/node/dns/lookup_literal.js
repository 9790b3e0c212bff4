// lookup of IP literals answers without asking anyone: (address, family) or { all: true } lists.
const dns = require('dns');
dns.lookup('127.0.0.1', (err, address, family) => console.log('v4', err, address, family));
dns.lookup('::1', (err, address, family) => console.log('v6', err, address, family));
dns.lookup('10.1.2.3', { all: true }, (err, list) => console.log('all', err, list));
dns.lookup('2001:db8::5', 6, (err, address, family) => console.log('family 6', err, address, family));
console.log('sync end');
