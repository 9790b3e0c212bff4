// Many sequential awaits do not grow the stack.
async function many(n) { var s = 0; for (var i = 0; i < n; i++) s += await 1; return s; }
many(100000).then(function (v) { console.log(v); });
