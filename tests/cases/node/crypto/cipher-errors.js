// Unknown ciphers, wrong key and IV lengths.
var crypto = require('crypto');
function t(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
t(function () { crypto.createCipheriv('aes-128-xyz', Buffer.alloc(16), Buffer.alloc(16)); });
t(function () { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)); });
t(function () { crypto.createCipheriv('aes-256-cbc', Buffer.alloc(16), Buffer.alloc(16)); });
t(function () { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(8)); });
t(function () { crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), Buffer.alloc(16)); });
t(function () { crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null); });
t(function () { crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(0)); });
t(function () { crypto.createCipheriv(5, Buffer.alloc(16), Buffer.alloc(16)); });
t(function () { crypto.createCipheriv('aes-128-cbc', 5, Buffer.alloc(16)); });
t(function () { crypto.createDecipheriv('AES-128-CBC', Buffer.alloc(16), Buffer.alloc(16)); });
t(function () { crypto.createCipheriv('aes-128-cbc', 'sixteen byte key', 'sixteen byte iv!'); });
