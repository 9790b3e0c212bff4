// console.dir inspects one object with options; custom inspect methods are not called.
var util = require('util');
var o = { a: { b: { c: { d: 1 } } } };
o[util.inspect.custom] = function () { return 'CUSTOM'; };
console.dir(o);
console.dir(o, { depth: 0 });
console.dir(o, { depth: null });
console.dir('str', { colors: false });
console.dir({ x: 1 }, { showHidden: true });
console.log(o);
