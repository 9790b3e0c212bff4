// tmpdir follows TMPDIR without a trailing slash; tmpDir (v0.8's name) is the same function's value.
var os = require('os');
var saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/dir/';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
if (saved === undefined) delete process.env.TMPDIR;
else process.env.TMPDIR = saved;
console.log(typeof os.tmpdir(), os.tmpdir().length > 0);
console.log(Object.keys(os).indexOf('tmpDir'));
