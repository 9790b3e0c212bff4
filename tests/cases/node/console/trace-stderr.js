// console.trace prints "Trace: msg" and the stack to stderr.
console.log('before');
console.trace('here %s', 'now');
console.trace();
console.log('after');
process.exitCode = 3;
