// Cipheriv and Decipheriv are streams: pipe one into the other.
var crypto = require('crypto');
var key = Buffer.alloc(32, 7), iv = Buffer.alloc(16, 1);
var c = crypto.createCipheriv('aes-256-cbc', key, iv);
var d = crypto.createDecipheriv('aes-256-cbc', key, iv);
var out = [];
c.pipe(d);
d.on('data', function (x) { out.push(x); });
d.on('end', function () { console.log(Buffer.concat(out).toString()); });
c.write('streamed through ');
c.write('a cipher and ');
c.end('back');
