// console.log of an error with extra own properties (stack fixed for determinism).
var e = new Error('failed');
e.stack = 'Error: failed\n    at fn (file.js:1:1)';
e.code = 'E_FAIL';
e.details = { retry: false };
console.log(e);
console.log({ error: e });
var t = new TypeError('type');
t.stack = 'TypeError: type';
console.log([t]);
