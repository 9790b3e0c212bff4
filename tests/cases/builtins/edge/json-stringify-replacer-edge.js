// JSON.stringify replacer functions: the root call with key '', this as holder, replacing and dropping values.
var calls = [];
var out = JSON.stringify({ a: 1, b: [2, { c: 3 }] }, function (k, v) { calls.push(JSON.stringify(k) + ':' + (Array.isArray(this) ? 'arr' : typeof this)); return v; });
console.log(out, calls.join(' '));
console.log(JSON.stringify({ a: 1, b: 'x', c: true }, function (k, v) { return typeof v === 'number' ? undefined : v; }));
console.log(JSON.stringify([1, 2, 3], function (k, v) { return k === '1' ? undefined : v; }), JSON.stringify(5, function (k, v) { return { wrapped: v }; }));
console.log(JSON.stringify({ d: new Date(0) }, function (k, v) { return k === 'd' ? typeof v : v; }));
console.log(JSON.stringify({ a: { b: 1 } }, function (k, v) { return k === 'a' ? [v.b, v.b] : v; }, 1));
console.log(JSON.stringify({ x: 1 }, 'not a function'), JSON.stringify({ x: 1, y: 2 }, ['y', {}, Symbol('z'), 'x']));
