// Ticks between async generator results and plain promise chains.
async function* g() { yield 1; yield 2; }
(async function () { for await (var v of g()) console.log('value', v); console.log('loop done'); })();
Promise.resolve().then(function () { console.log('t1'); }).then(function () { console.log('t2'); }).then(function () { console.log('t3'); }).then(function () { console.log('t4'); }).then(function () { console.log('t5'); }).then(function () { console.log('t6'); });
