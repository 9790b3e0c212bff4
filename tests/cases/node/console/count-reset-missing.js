// countReset of an unknown label warns on stderr.
console.countReset('nothing');
console.log('after');
process.exitCode = 3;
