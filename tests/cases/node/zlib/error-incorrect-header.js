// Corrupt input: zlib's message, errno -3 and code Z_DATA_ERROR.
var zlib = require('zlib');
[['gunzipSync', 'hello'], ['inflateSync', 'hello'], ['unzipSync', Buffer.from([0x78, 0x01, 0x02, 0x03])]].forEach(function (t) {
  try { zlib[t[0]](Buffer.from(t[1])); } catch (e) {
    console.log(t[0], e instanceof Error, e.message, e.errno, e.code, Object.keys(e));
  }
});
try { zlib.inflateSync(Buffer.from('789c0000ffff', 'hex')); } catch (e) { console.log(e.message, e.code); }
try { zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])); } catch (e) { console.log(e.message, e.errno, e.code); }
