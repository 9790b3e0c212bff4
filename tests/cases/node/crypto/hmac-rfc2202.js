// RFC 2202 vectors for HMAC-MD5 and HMAC-SHA1.
var crypto = require('crypto');
var cases = [
  [Buffer.alloc(16, 0x0b), 'Hi There'], ['Jefe', 'what do ya want for nothing?'],
  [Buffer.alloc(16, 0xaa), Buffer.alloc(50, 0xdd)], [Buffer.alloc(80, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First']
];
cases.forEach(function (c) {
  console.log(crypto.createHmac('md5', c[0]).update(c[1]).digest('hex'), crypto.createHmac('sha1', c[0]).update(c[1]).digest('hex'));
});
