// %o shows hidden properties at depth 4; %O is plain inspect.
var util = require('util');
console.log(util.format('%o', [1, 2]));
console.log(util.format('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }));
console.log(util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.format('%O', 'str'), util.format('%o', 'str'));
console.log(util.format('%o', (function () { 'use strict'; return function named() {}; })()));
