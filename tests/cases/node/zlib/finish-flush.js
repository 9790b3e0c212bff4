// finishFlush: Z_SYNC_FLUSH lets a truncated stream give what it has without an error.
var zlib = require('zlib');
var text = 'a long enough text to get cut in the middle of its compressed form '.repeat(5);
var gz = zlib.gzipSync(text);
var part = gz.slice(0, gz.length - 20);
try { zlib.gunzipSync(part); } catch (e) { console.log(e.code); }
var got = zlib.gunzipSync(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
console.log(got.length > 0, text.indexOf(got) === 0);
