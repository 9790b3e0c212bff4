const p = Promise.resolve().then(() => p);
p.catch(e => console.log(e.constructor.name + ': ' + e.message));
let resolveSelf;
const q = new Promise(r => { resolveSelf = r; });
resolveSelf(q);
q.catch(e => console.log('self:', e instanceof TypeError, e.message));
