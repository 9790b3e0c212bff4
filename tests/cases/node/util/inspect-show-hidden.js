// showHidden shows non-enumerable properties in brackets.
var util = require('util');
var o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
console.log(util.inspect(o), util.inspect(o, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
var f = (function () { 'use strict'; return function f() {}; })();
console.log(util.inspect(f, { showHidden: true }));
