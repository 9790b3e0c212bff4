// totalmem and freemem: positive integers, free never above total.
var os = require('os');
var total = os.totalmem(), free = os.freemem();
console.log(typeof total, typeof free, total > 0, free > 0, free <= total);
console.log(Number.isInteger(total), Number.isInteger(free), total % 1024 === 0);
