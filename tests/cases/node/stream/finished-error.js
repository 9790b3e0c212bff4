// stream.finished reports the stream's error.
var stream = require('stream');
var r = new stream.Readable({ read: function () {} });
r.on('error', function () {});
stream.finished(r, function (err) { console.log('finished with', err.message); });
r.destroy(new Error('broken'));
