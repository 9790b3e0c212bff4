// toJSON is called with the key; its result is then serialized (and replaced) in its place.
var keys = [];
var item = { toJSON: function (key) { keys.push(JSON.stringify(key)); return { wrapped: key }; } };
console.log(JSON.stringify({ first: item, list: [item] }));
console.log(keys.join(" "));
console.log(JSON.stringify(item));
console.log(JSON.stringify({ toJSON: function () { return undefined; } }), JSON.stringify([{ toJSON: function () {} }]));
console.log(JSON.stringify({ toJSON: "not callable", a: 1 }));
var proto = { toJSON: function () { return "from proto"; } };
console.log(JSON.stringify(Object.create(proto)));
console.log(JSON.stringify({ d: new Date(Date.UTC(2001, 1, 3, 4, 5, 6, 7)) }));
console.log(JSON.stringify({ a: { toJSON: function () { return 1; } } }, function (k, v) { return typeof v === "number" ? v + 100 : v; }));
console.log(Date.prototype.toJSON.call({ toISOString: function () { return "custom"; } }));
console.log(Date.prototype.toJSON.call({ valueOf: function () { return NaN; }, toISOString: function () { return "x"; } }));
