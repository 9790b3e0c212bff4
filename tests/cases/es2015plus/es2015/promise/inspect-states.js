const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ a: 1, b: [1, 2] });
const rejected = Promise.reject(new RangeError('bad'));
rejected.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(Promise.resolve('str'), Promise.resolve(undefined), Promise.resolve(Promise.resolve(1)));
console.log({ p: Promise.resolve([1, { deep: { deeper: { deepest: 1 } } }]) });
const r2 = Promise.reject(5);
r2.catch(() => {});
console.log([r2]);
class Sub extends Promise {}
console.log(Sub.resolve(1));
const withProp = Promise.resolve(2);
withProp.extra = 'x';
console.log(withProp);
setTimeout(() => console.log(String(rejected).length, Object.prototype.toString.call(pending)), 0);
