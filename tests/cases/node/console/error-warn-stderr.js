// console.error and console.warn write to stderr: nothing appears on stdout.
console.log('stdout 1');
console.error('to stderr', { a: 1 });
console.warn('also stderr %d', 5);
console.log('stdout 2');
process.exitCode = 3;
