// Error.captureStackTrace on plain objects, the constructorOpt argument, and stackTraceLimit changes.
var o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0], Object.getOwnPropertyDescriptor(o, 'stack').enumerable);
function outer() { return inner(); }
function inner() { var e = {}; Error.captureStackTrace(e, inner); return e.stack.split('\n')[1].trim().split(' ')[1]; }
console.log(outer());
var saved = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
Error.stackTraceLimit = 1;
function a() { return b(); } function b() { return new Error('one').stack.split('\n').length; }
console.log(a());
Error.stackTraceLimit = saved;
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name, e.message); }
var named = { name: 'Custom', message: 'msg' };
Error.captureStackTrace(named);
console.log(named.stack.split('\n')[0]);
