// Bad arguments to createHash and update.
var crypto = require('crypto');
try { crypto.createHash('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHash(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHash(); } catch (e) { console.log(e.name, e.code, e.message); }
[1, null, undefined, {}, [1]].forEach(function (v) {
  try { crypto.createHash('md5').update(v); } catch (e) { console.log(e.name, e.code, e.message); }
});
