const log = [];
Promise.resolve().then(() => { log.push('a1'); return Promise.resolve('x'); }).then(v => log.push('a2 ' + v));
Promise.resolve().then(() => log.push('b1')).then(() => log.push('b2')).then(() => log.push('b3')).then(() => log.push('b4')).then(() => log.push('b5'));
setTimeout(() => console.log(log.join(', ')), 0);
