Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]).then(v => console.log('all:', v));
Promise.all([]).then(v => console.log('empty:', v));
Promise.all('ab').then(v => console.log('string:', v));
Promise.all(new Set([4, 5])).then(v => console.log('set:', v));
