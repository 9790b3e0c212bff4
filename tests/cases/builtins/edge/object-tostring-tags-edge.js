// Object.prototype.toString for primitives, wrappers, arguments, errors, dates, regexps, functions and null prototype.
var o = Object.prototype.toString;
console.log([undefined, null, 1, 's', true, Symbol(), [], {}, function () {}, new Date(0), /x/, new Error('e'), new TypeError()].map(function (v) { return o.call(v); }).join(' '));
console.log(o.call(arguments), o.call(Object.create(null)), o.call(Math), o.call(JSON), o.call(new Number(1)), o.call(new String('')), o.call(globalThis));
console.log(o.call(function* () {}), o.call(async function () {}), o.call(class {}), o.call(Promise.resolve()), o.call(new Map()), o.call(new WeakSet()));
