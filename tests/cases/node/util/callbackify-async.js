// util.callbackify wraps async functions into callback style.
var util = require('util');
async function ok(x) { await null; return x * 2; }
async function bad() { throw new Error('async bad'); }
async function falsy() { throw null; }
util.callbackify(ok)(21, function (err, v) { console.log('ok', err, v); });
util.callbackify(bad)(function (err) { console.log('bad', err.message); });
util.callbackify(falsy)(function (err) { console.log('falsy', err.code, err.reason); });
console.log(util.callbackify(ok).name, util.callbackify(ok).length);
