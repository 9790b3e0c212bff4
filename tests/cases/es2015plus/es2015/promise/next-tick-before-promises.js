const log = [];
Promise.resolve().then(() => log.push('promise'));
process.nextTick(() => log.push('tick'));
queueMicrotask(() => { log.push('micro'); process.nextTick(() => log.push('tick from micro')); });
Promise.resolve().then(() => log.push('promise 2')).then(() => log.push('promise 3'));
setTimeout(() => console.log(log.join(' > ')), 0);
