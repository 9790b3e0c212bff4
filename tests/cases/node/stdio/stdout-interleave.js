// process.stdout.write and console.log write to the same place, in call order.
process.stdout.write('one ');
console.log('two');
process.stdout.write('three\n');
console.log('four');
process.stdout.write('five', function () { console.log(' (write callback)'); });
console.log();
process.stdout.end === undefined ? 0 : 0;
console.log('fd', process.stdout.fd, process.stderr.fd, process.stdin.fd);
console.log('writable', process.stdout.writable, typeof process.stdout.on, process.stdout._isStdio);
