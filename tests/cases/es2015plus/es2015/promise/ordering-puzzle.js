const log = [];
setTimeout(() => log.push('timeout'), 0);
const p = new Promise(resolve => { log.push('executor'); resolve(); });
p.then(() => log.push('then A')).then(() => log.push('then A2'));
Promise.resolve().then(() => { log.push('then B'); Promise.resolve().then(() => log.push('inner B')); }).then(() => log.push('then B2'));
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => log.push('nextTick'));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 5);
