// Delays that are not numbers in [1, 2^31-1] become 1 ms.
var log = [];
setTimeout(function () { log.push('neg'); }, -10);
setTimeout(function () { log.push('nan'); }, 'abc');
setTimeout(function () { log.push('str5'); }, '5');
setTimeout(function () { log.push('undef'); });
setTimeout(function () { console.log(log.join(',')); }, 30);
