// Async arrow forms: concise body, block body, no params, destructured params.
var a = async () => 'a';
var b = async x => { await null; return x + 'b'; };
var c = async (x, y) => (await x) + (await y);
var d = async ({ p }, [q]) => p + q;
Promise.all([a(), b('x'), c(1, 2), d({ p: 'P' }, ['Q'])]).then(function (r) { console.log(r.join(' ')); });
