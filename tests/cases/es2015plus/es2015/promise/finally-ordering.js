const log = [];
Promise.resolve().finally(() => log.push('f1')).then(() => log.push('after finally'));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4')).then(() => log.push('t5'));
setTimeout(() => console.log(log.join(', ')), 0);
