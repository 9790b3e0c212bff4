// Property descriptors of built-ins: prototype methods, constants, length/name attributes, array and string indexes.
function d(o, k) { var x = Object.getOwnPropertyDescriptor(o, k); return x ? [x.writable, x.enumerable, x.configurable, typeof x.value].join('/') : 'none'; }
console.log(d(Array.prototype, 'map'), d(Math, 'PI'), d(Number, 'MAX_VALUE'), d(String.prototype, 'length'), d('abc', 0), d('abc', 'length'));
console.log(d(function f(a) {}, 'length'), d(function f(a) {}, 'name'), d(function f(a) {}, 'prototype'), d(class {}, 'prototype'), d([1], 'length'), d([1], 0));
console.log(d(Object.prototype, '__proto__'), d(Function.prototype, 'caller'), d(globalThis, 'Array'), d(JSON, Symbol.toStringTag), d(RegExp, 'lastMatch'));
console.log(d(Symbol, 'iterator'), d(Error.prototype, 'message'), d(new Error('x'), 'message'), d(new Error('x'), 'stack'), d(arguments, 'length'), d(arguments, 'callee'));
