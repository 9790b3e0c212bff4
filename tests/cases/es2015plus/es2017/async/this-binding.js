// this in async functions called as methods and with call/apply.
async function who() { await null; return this && this.id; }
var a = { id: 'A', who: who };
Promise.all([a.who(), who.call({ id: 'B' }), who.apply({ id: 'C' })]).then(function (r) { console.log(r.join(',')); });
