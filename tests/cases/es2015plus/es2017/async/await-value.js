// await of a plain value resumes with that value after one tick.
async function f() { var a = await 1; var b = await 'two'; var c = await null; return [a, b, c].join(','); }
f().then(function (v) { console.log(v); });
