// A Readable piped to process.stdout: the data is printed and stdout is not ended.
var Readable = require('stream').Readable;
var r = new Readable({ encoding: 'utf8', read: function () {} });
r.pipe(process.stdout);
r.push('piped line 1\n', 'utf8');
r.push('piped line 2\n', 'utf8');
r.push(null);
r.on('end', function () {
  setImmediate(function () { console.log('stdout still writable:', process.stdout.writable); });
});
