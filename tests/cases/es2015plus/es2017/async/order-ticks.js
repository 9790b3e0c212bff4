// await of a native promise takes exactly one microtask tick.
var p = Promise.resolve();
(async function () { await p; console.log('after await'); })();
p.then(function () { console.log('then 1'); }).then(function () { console.log('then 2'); }).then(function () { console.log('then 3'); });
