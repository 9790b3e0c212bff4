// await inside an async generator between yields.
async function* g() { var a = await Promise.resolve(1); yield a; var b = await 2; yield a + b; }
(async function () { for await (var v of g()) console.log(v); })();
