// JSON.stringify of objects: own enumerable string keys in property order.
var o = { b: 1, a: 2, 10: "ten", 2: "two" };
o.z = 3;
console.log(JSON.stringify(o));
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 2;
Object.defineProperty(child, "hidden", { value: 3, enumerable: false });
child[Symbol("s")] = 4;
console.log(JSON.stringify(child));
console.log(JSON.stringify({ nested: { deeper: { deepest: [1, { x: null }] } } }));
console.log(JSON.stringify(Object.create(null)), JSON.stringify({}), JSON.stringify([]));
var getter = { get g() { return "computed"; } };
console.log(JSON.stringify(getter));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(/re/g));
console.log(JSON.stringify(new Error("e")), JSON.stringify(Object.assign(new Error("x"), { code: 1 })));
console.log(JSON.stringify([new Date(0)]), JSON.stringify({ d: new Date(NaN) }));
