// timeEnd and timeLog of an unknown label warn on stderr and print nothing.
console.timeEnd('nope');
console.timeLog('nope');
console.time('dup');
console.time('dup');
console.log('done');
process.exitCode = 3;
