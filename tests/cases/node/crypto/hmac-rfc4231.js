// RFC 4231 test cases 1, 2, 3, 4, 6, 7 for HMAC-SHA-256/384/512.
var crypto = require('crypto');
var cases = [
  [Buffer.alloc(20, 0x0b), Buffer.from('Hi There')],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  [Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), Buffer.alloc(50, 0xcd)],
  [Buffer.alloc(131, 0xaa), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First')],
  [Buffer.alloc(131, 0xaa), Buffer.from('This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.')]
];
cases.forEach(function (c, i) {
  ['sha256', 'sha384', 'sha512'].forEach(function (alg) { console.log(i, alg, crypto.createHmac(alg, c[0]).update(c[1]).digest('hex')); });
});
