// The manual's custom inspect example: obj.inspect(depth) is used (v0.8 behaviour; node 20 ignores it).
// Expectation recorded by hand from the v0.8.16 manual (util.inspect): util.inspect(obj) gives "{nate}".
var util = require('util');
var obj = { name: 'nate' };
obj.inspect = function (depth) {
  return '{' + this.name + '}';
};
console.log(util.inspect(obj));
console.log(util.inspect({ nested: obj }));
console.log(util.inspect(obj, { customInspect: false }));
