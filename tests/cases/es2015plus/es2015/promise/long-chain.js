let p = Promise.resolve(0);
for (let i = 0; i < 10000; i++) p = p.then(v => v + 1);
p.then(v => console.log('final', v));
let nested = Promise.resolve('deep');
for (let i = 0; i < 1000; i++) { const prev = nested; nested = new Promise(r => r(prev)); }
nested.then(v => console.log('nested resolution', v));
