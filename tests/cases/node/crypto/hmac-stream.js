// An Hmac is a stream too.
var crypto = require('crypto');
var h = crypto.createHmac('sha1', 'key');
h.on('data', function (d) { console.log(d.toString('hex')); });
h.write('streamed ');
h.end('hmac');
