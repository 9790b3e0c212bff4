// Truncated input: "unexpected end of file", errno -5, code Z_BUF_ERROR.
var zlib = require('zlib');
var gz = zlib.gzipSync('some data that will be cut short');
[5, 10, gz.length - 1].forEach(function (n) {
  try { zlib.gunzipSync(gz.slice(0, n)); } catch (e) { console.log(n, e.message, e.errno, e.code); }
});
try { zlib.inflateSync(Buffer.from([0x78, 0x9c])); } catch (e) { console.log(e.message, e.errno, e.code); }
try { zlib.inflateSync(Buffer.alloc(0)); } catch (e) { console.log(e.message, e.errno, e.code); }
