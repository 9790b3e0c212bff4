// A hash can be digested once.
var crypto = require('crypto');
var h = crypto.createHash('md5');
h.digest();
try { h.update('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { h.digest(); } catch (e) { console.log(e.name, e.code, e.message); }
