// ES2022: .at() on arrays, strings and typed arrays; Object.hasOwn; Error cause.
console.log([1, 2, 3].at(-1), [1, 2, 3].at(0), [1, 2, 3].at(5), 'abc'.at(-2), new Int8Array([4, 5]).at(-1));
console.log([1, 2].at('1'), [1, 2].at(1.7), [1, 2].at(-0.5), [].at(0));
console.log(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn([], 'length'), Object.hasOwn(Object.create({ a: 1 }), 'a'));
try { Object.hasOwn(null, 'a'); } catch (e) { console.log(e.constructor.name, e.message); }
const err = new Error('outer', { cause: new Error('inner') });
console.log(err.cause.message, Object.getOwnPropertyDescriptor(err, 'cause').enumerable, 'cause' in new Error('x', {}));
const te = new TypeError('t', { cause: 0 });
console.log(te.cause, Object.hasOwn(new Error('x', { cause: undefined }), 'cause'));
