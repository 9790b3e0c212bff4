// pbkdf2 argument checks.
var crypto = require('crypto');
function t(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
t(function () { crypto.pbkdf2Sync('a', 'b', 1, 10); });
t(function () { crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'); });
t(function () { crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'); });
t(function () { crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'); });
t(function () { crypto.pbkdf2Sync('a', 'b', 'x', 10, 'sha1'); });
t(function () { crypto.pbkdf2Sync(5, 'b', 1, 10, 'sha1'); });
t(function () { crypto.pbkdf2Sync('a', 'b', 1.5, 10, 'sha1'); });
t(function () { crypto.pbkdf2('a', 'b', 1, 10, 'sha1'); });
