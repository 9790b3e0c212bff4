// getCiphers lists the AES names that work, each of which creates a cipher.
var crypto = require('crypto');
var list = crypto.getCiphers();
var mine = ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-256-ecb', 'aes-128-ctr', 'aes-256-ctr', 'aes-128-gcm', 'aes-256-gcm', 'aes128', 'aes256'];
mine.forEach(function (n) { console.log(n, list.indexOf(n) >= 0); });
console.log(Array.isArray(list), list.every(function (n) { return typeof n === 'string'; }));
