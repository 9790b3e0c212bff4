// ES2015+ Object statics: assign, is, setPrototypeOf, entries/values/fromEntries, getOwnPropertyDescriptors.
const t = Object.assign({ a: 1 }, { b: 2 }, null, 'xy', { [Symbol.for('s')]: 3 });
console.log(JSON.stringify(t), t[Symbol.for('s')]);
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'));
const proto = { hello() { return 'hi'; } };
const obj = Object.setPrototypeOf({}, proto);
console.log(obj.hello(), Object.setPrototypeOf(1, null));
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(JSON.stringify(Object.entries({ x: 1, y: [2] })), JSON.stringify(Object.values('ab')));
console.log(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]])), JSON.stringify(Object.fromEntries(new Map([['m', 1]]))));
const ds = Object.getOwnPropertyDescriptors({ get z() { return 1; }, w: 2 });
console.log(Object.keys(ds).join(','), typeof ds.z.get, ds.w.value, ds.w.writable);
console.log(Object.hasOwn({ q: 1 }, 'q'), Object.hasOwn(Object.create({ q: 1 }), 'q'));
try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.constructor.name, e.message); }
