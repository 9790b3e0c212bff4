// Promise.all over async calls.
async function delayed(v) { await null; await null; return v; }
async function main() { var r = await Promise.all([delayed(1), delayed(2), delayed(3)]); return r.reduce(function (a, b) { return a + b; }); }
main().then(function (v) { console.log('sum', v); });
