// CTR's counter is the whole 128-bit IV, carrying across bytes.
var crypto = require('crypto');
var key = Buffer.alloc(16, 0x42);
var iv = Buffer.from('00000000000000ffffffffffffffffff', 'hex');
var c = crypto.createCipheriv('aes-128-ctr', key, iv);
console.log(c.update(Buffer.alloc(48)).toString('hex'));
var iv2 = Buffer.alloc(16, 0xff);
console.log(crypto.createCipheriv('aes-128-ctr', key, iv2).update(Buffer.alloc(32)).toString('hex'));
