// createCipher with stream modes (the derived IV is the counter / feedback start).
process.noDeprecation = true;
var crypto = require('crypto');
['aes-128-ofb', 'aes-256-ofb', 'aes-192-cfb', 'aes256'].forEach(function (name) {
  var c = crypto.createCipher(name, 'secret');
  var ct = Buffer.concat([c.update('stream mode via password'), c.final()]);
  var d = crypto.createDecipher(name, 'secret');
  console.log(name, ct.toString('hex'), Buffer.concat([d.update(ct), d.final()]).toString());
});
try { crypto.createCipher('nope', 'x'); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.createCipher('aes-128-cbc', 'x') instanceof crypto.Cipher);
