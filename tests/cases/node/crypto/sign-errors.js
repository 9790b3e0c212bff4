// createSign argument errors.
var crypto = require('crypto');
try { crypto.createSign('nope'); } catch (e) { console.log(e.name, e.message); }
try { crypto.createSign(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(crypto.createSign('sha256') instanceof crypto.Sign, crypto.createVerify('sha256') instanceof crypto.Verify);
console.log(typeof crypto.createSign('sha256').update('x').sign);
