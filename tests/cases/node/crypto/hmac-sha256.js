// createHmac('sha256', key): known keys (short, block-sized, longer than a block) and inputs.
var crypto = require('crypto');
var keys = ['key', Buffer.alloc(20, 0x0b), 'k'.repeat(64), 'long key '.repeat(30), ''];
keys.forEach(function (k) {
  console.log(crypto.createHmac('sha256', k).update('Hi There').digest('hex'));
  console.log(crypto.createHmac('sha256', k).update('what do ya want ').update('for nothing?').digest('base64'));
});
