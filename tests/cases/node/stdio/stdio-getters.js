// process.stdout/stderr/stdin are lazy enumerable getters returning the same stream each time.
var d = Object.getOwnPropertyDescriptor(process, 'stdout');
console.log(typeof d.get, d.enumerable, d.configurable);
console.log(process.stdout === process.stdout, process.stdin === process.stdin);
var stream = require('stream');
console.log(process.stdout instanceof stream.Writable, process.stdin instanceof stream.Readable);
console.log(process.stdout.isTTY, process.stdin.isTTY);
