// readline over a PassThrough: 'line' per line ending (\n, \r\n, \r), the rest at 'end', then 'close'.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough({ decodeStrings: false, encoding: 'utf8' });
var rl = readline.createInterface({ input: input });
rl.on('line', function (line) { console.log('line', JSON.stringify(line)); });
rl.on('pause', function () { console.log('pause'); });
rl.on('close', function () { console.log('close'); });
input.write('first\nsec');
input.write('ond\r\nthird\rfourth\n\nlast without newline');
input.end();
