// util.promisify turns a callback function into one returning a promise.
var util = require('util');
function addLater(a, b, cb) { setTimeout(function () { cb(null, a + b); }, 1); }
function failLater(cb) { process.nextTick(function () { cb(new Error('failed')); }); }
var add = util.promisify(addLater);
var fail = util.promisify(failLater);
(async function () {
  console.log(await add(2, 3));
  try { await fail(); } catch (e) { console.log('rejected', e.message); }
  console.log(add.name, typeof add, util.promisify(addLater) !== add);
})();
