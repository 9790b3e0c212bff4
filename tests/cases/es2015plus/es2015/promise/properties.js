console.log(Promise.length, Promise.name, typeof Promise);
console.log(Object.getOwnPropertyNames(Promise));
console.log(Object.getOwnPropertyNames(Promise.prototype));
for (const name of ['then', 'catch', 'finally']) console.log(name, Promise.prototype[name].length);
for (const name of ['all', 'allSettled', 'any', 'race', 'resolve', 'reject']) console.log(name, Promise[name].length, Promise[name].name);
console.log(Promise.prototype[Symbol.toStringTag], Object.keys(globalThis).includes('Promise'));
console.log(Object.getOwnPropertyDescriptor(Promise, 'prototype'));
console.log(Promise.prototype.constructor === Promise, Object.getPrototypeOf(Promise.resolve()) === Promise.prototype);
