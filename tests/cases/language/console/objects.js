// console.log of plain objects: key quoting, nesting and empty objects.
console.log({});
console.log({ a: 1, b: "two", c: true, d: null, e: undefined });
console.log({ "needs quotes": 1, valid_id: 2, $dollar: 3, "123": 4, "a-b": 5 });
console.log({ nested: { inner: { value: 1 } } });
console.log({ list: [1, 2], obj: { k: "v" } });
console.log({ 1: "one", 0: "zero", b: "bee", a: "ay" });
console.log({ "": "empty key" });
console.log({ a: { b: 1 }, c: [1, { d: 2 }] });
console.log({ fn: function () {} });
