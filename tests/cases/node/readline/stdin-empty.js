// readline over process.stdin when stdin is empty: 'close' and the program exits.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, terminal: false });
var n = 0;
rl.on('line', function () { n++; });
rl.on('close', function () { console.log('closed after', n, 'lines'); });
