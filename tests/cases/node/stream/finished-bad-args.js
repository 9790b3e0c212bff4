// finished() validates its arguments.
var stream = require('stream');
try { stream.finished({}, function () {}); } catch (e) { console.log(e.code); }
try { stream.finished(new stream.PassThrough()); } catch (e) { console.log(e.code, e.message); }
