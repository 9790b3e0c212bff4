const log = [];
const a = Promise.resolve();
const b = Promise.resolve();
a.then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3'));
b.then(() => log.push('b1')).then(() => log.push('b2')).then(() => log.push('b3'));
log.push('sync');
setTimeout(() => console.log(log.join(' ')), 0);
