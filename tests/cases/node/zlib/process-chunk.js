// The legacy _processChunk: synchronous without a callback.
var zlib = require('zlib');
var d = zlib.createDeflate();
var out = d._processChunk(Buffer.from('process chunk'), zlib.constants.Z_FINISH);
console.log(zlib.inflateSync(out).toString());
