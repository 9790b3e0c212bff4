// net.isIP / isIPv4 / isIPv6.
var net = require('net');
var inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '::', '::1', 'fe80::1%eth0',
  '2001:db8::ff00:42:8329', '::ffff:127.0.0.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', 'x', '', 'localhost', 'abcd::1234:5678',
  '1::2::3', ':::', 12, null, undefined];
inputs.forEach(function (i) { console.log(JSON.stringify(i), net.isIP(i), net.isIPv4(i), net.isIPv6(i)); });
