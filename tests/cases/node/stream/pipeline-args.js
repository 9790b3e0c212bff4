// pipeline argument errors: no callback, too few streams.
var stream = require('stream');
var p = new stream.PassThrough();
try { stream.pipeline(p, p); } catch (e) { console.log(e.code, e.message); }
try { stream.pipeline(p, function () {}); } catch (e) { console.log(e.code, e.message); }
