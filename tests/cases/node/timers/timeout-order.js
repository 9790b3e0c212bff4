// Timers with the same delay run in the order they were set; shorter delays first.
var log = [];
setTimeout(function () { log.push('b20'); }, 20);
setTimeout(function () { log.push('a5'); }, 5);
setTimeout(function () { log.push('c5'); }, 5);
setTimeout(function () { log.push('d0'); }, 0);
setTimeout(function () { log.push('e1'); }, 1);
setTimeout(function () { console.log(log.join(' ')); }, 40);
