const log = [];
const p = Promise.resolve('inner');
new Promise(resolve => resolve(p)).then(v => log.push('adopted ' + v));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4'));
setTimeout(() => console.log(log.join(', ')), 0);
