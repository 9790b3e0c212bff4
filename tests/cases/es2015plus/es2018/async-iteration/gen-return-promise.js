// return() with a promise awaits it.
async function* g() { yield 1; }
(async function () { var it = g(); await it.next(); var r = await it.return(Promise.resolve('awaited')); console.log(r.value, r.done); })();
async function* h() { return Promise.resolve('from return statement'); }
h().next().then(function (r) { console.log(r.value, r.done); });
