// crypto.Hash and crypto.Hmac: callable without new, instances of the classes.
var crypto = require('crypto');
var stream = require('stream');
var h = crypto.createHash('md5');
console.log(h instanceof crypto.Hash, h instanceof stream.Transform, crypto.Hash('md5') instanceof crypto.Hash);
var m = crypto.createHmac('md5', 'k');
console.log(m instanceof crypto.Hmac, crypto.Hmac('md5', 'k') instanceof crypto.Hmac, new crypto.Hash('sha1').update('x').digest('hex'));
