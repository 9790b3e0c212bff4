// Symbol.toStringTag changes Object.prototype.toString's tag; built-ins carry their own tags.
class Thing { get [Symbol.toStringTag]() { return 'Thing'; } }
console.log(Object.prototype.toString.call(new Thing()), String(new Thing()));
const o = { [Symbol.toStringTag]: 'Custom' };
console.log(Object.prototype.toString.call(o));
console.log([new Map(), new Set(), new WeakMap(), Promise.resolve(), Symbol(), function* () {}(), JSON, Math].map(x => Object.prototype.toString.call(x)).join(' '));
console.log(Object.prototype.toString.call(new Uint8Array(1)), Object.prototype.toString.call(new ArrayBuffer(1)));
console.log(Object.prototype.toString.call((async function () {})), Object.prototype.toString.call(new DataView(new ArrayBuffer(1))));
const arr = [];
arr[Symbol.toStringTag] = 'NotArray';
console.log(Object.prototype.toString.call(arr));
const nonString = { [Symbol.toStringTag]: 123 };
console.log(Object.prototype.toString.call(nonString));
