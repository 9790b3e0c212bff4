const log = [];
const thenable = { then(r) { r('thenable'); } };
Promise.race([thenable, Promise.resolve('promise'), 'value']).then(v => log.push('race1 ' + v));
Promise.race(['value', thenable]).then(v => log.push('race2 ' + v));
setTimeout(() => console.log(log), 0);
