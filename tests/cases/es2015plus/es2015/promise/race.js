const wait = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej : res)(v), ms));
Promise.race([wait('slow', 20), wait('fast', 2)]).then(v => console.log('race:', v));
Promise.race([wait('slow', 20), wait('fail', 2, true)]).catch(e => console.log('race rejected:', e));
Promise.race([3, Promise.resolve(4)]).then(v => console.log('plain value wins:', v));
let settled = false;
Promise.race([]).then(() => { settled = true; });
setTimeout(() => console.log('empty race settled:', settled), 30);
