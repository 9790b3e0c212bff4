var a = setImmediate(function () { console.log('a'); clearImmediate(c); });
var b = setImmediate(function () { console.log('b should not run'); });
var c = setImmediate(function () { console.log('c should not run'); });
clearImmediate(b);
clearImmediate(undefined);
console.log(typeof a, a.constructor.name, a.hasRef());
