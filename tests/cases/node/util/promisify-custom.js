// util.promisify.custom, and promisified timers.
var util = require('util');
function legacy() {}
legacy[util.promisify.custom] = function () { return Promise.resolve('custom'); };
console.log(util.promisify(legacy) === legacy[util.promisify.custom]);
util.promisify(legacy)().then(function (v) { console.log(v); });
var sleep = util.promisify(setTimeout);
sleep(2, 'woke').then(function (v) {
  console.log(v);
  return util.promisify(setImmediate)('immediate');
}).then(function (v) { console.log(v); });
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
