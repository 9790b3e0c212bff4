// Error objects: own properties, toString with odd names/messages, message coercion, instanceof across types.
var e = new Error('m');
console.log(Object.getOwnPropertyNames(e).sort().join(), e.hasOwnProperty('name'), Error.prototype.hasOwnProperty('message'));
console.log(Error.prototype.toString.call({ name: '', message: 'only message' }), Error.prototype.toString.call({ name: 'OnlyName', message: '' }), Error.prototype.toString.call({}));
console.log(String(new Error(undefined)), String(new Error(null)), String(new Error({ toString: function () { return 'obj'; } })), new Error(42).message === '42');
try { Error.prototype.toString.call(1); } catch (x) { console.log(x.name, x.message); }
console.log([EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map(function (C) { var i = new C('x'); return i.name + (i instanceof Error) + (Object.getPrototypeOf(C) === Error); }).join(' '));
console.log(Error('no new') instanceof Error, TypeError('t').name, RangeError.prototype.name, RangeError.prototype.message === '', typeof Error.captureStackTrace);
var custom = Object.create(Error.prototype, { name: { value: 'Custom' } });
custom.message = 'made by hand';
console.log(String(custom), custom instanceof Error, Object.prototype.toString.call(custom), Object.prototype.toString.call(new TypeError()));
