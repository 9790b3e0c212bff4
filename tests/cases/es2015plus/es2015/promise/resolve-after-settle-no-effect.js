let res, rej;
const p = new Promise((a, b) => { res = a; rej = b; });
rej(new Error('first wins'));
res('ignored');
rej('also ignored');
p.then(() => console.log('no'), e => console.log(e.message));
