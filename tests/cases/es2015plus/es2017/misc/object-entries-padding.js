// ES2017 built-ins: Object.values/entries order and getters, getOwnPropertyDescriptors for cloning, padStart/padEnd tables.
const o = { b: 1, a: 2, 1: 'one', get g() { return 'getter'; } };
console.log(JSON.stringify(Object.values(o)), JSON.stringify(Object.entries(o)));
const withAccessor = { get now() { return 'computed'; }, plain: 1 };
const shallow = Object.assign({}, withAccessor);
const exact = Object.create(Object.getPrototypeOf(withAccessor), Object.getOwnPropertyDescriptors(withAccessor));
console.log(typeof Object.getOwnPropertyDescriptor(shallow, 'now').get, typeof Object.getOwnPropertyDescriptor(exact, 'now').get);
const rows = [['apple', 1.5], ['kiwi', 12], ['watermelon', 100.25]];
for (const [name, price] of rows) console.log(name.padEnd(12, '.') + price.toFixed(2).padStart(8));
console.log('5'.padStart(3, '0'), 'abc'.padEnd(6, '123456'), 'x'.padStart(0), JSON.stringify(''.padEnd(2)));
