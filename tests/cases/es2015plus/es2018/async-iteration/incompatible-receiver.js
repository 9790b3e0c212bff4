// next/return/throw on a wrong receiver return rejected promises.
async function* g() {}
var next = Object.getPrototypeOf(g.prototype).next;
next.call({}).catch(function (e) { console.log(e.constructor.name); });
var p = next.call(1);
console.log(p instanceof Promise);
p.catch(function () { console.log('rejected'); });
