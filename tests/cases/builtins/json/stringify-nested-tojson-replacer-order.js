// For each value: toJSON first, then the replacer function, then serialization.
var log = [];
var obj = { a: { toJSON: function (k) { log.push("toJSON " + k); return { b: 1 }; } } };
JSON.stringify(obj, function (k, v) { log.push("replacer " + JSON.stringify(k) + " " + JSON.stringify(v)); return v; });
console.log(log.join("\n"));
