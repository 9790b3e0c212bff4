// Objects with special internals: boxed primitives unwrap, others serialize their own properties.
console.log(JSON.stringify([Object(1), Object("s"), Object(false), Object(Symbol.iterator)]));
console.log(JSON.stringify({ p: Promise.resolve(1), w: new WeakMap(), a: new ArrayBuffer(1) }));
console.log(JSON.stringify(function () {}), JSON.stringify([Math]), JSON.stringify({ j: JSON }));
var fnWithProps = function () {};
fnWithProps.x = 1;
console.log(JSON.stringify({ f: fnWithProps }), JSON.stringify([fnWithProps]));
console.log(JSON.stringify(Object.assign([1, 2], { extra: 3 })), JSON.stringify(new Boolean(true)));
