// terminal: true edits the line from keypresses: typing, backspace, enter, Ctrl+C -> SIGINT.
var readline = require('readline');
var stream = require('stream');
var input = new stream.PassThrough({ decodeStrings: false, encoding: 'utf8' });
var out = '';
var output = new stream.Writable({ decodeStrings: false, write: function (c, e, cb) { out += c; cb(); } });
var rl = readline.createInterface({ input: input, output: output, terminal: true, prompt: '> ' });
rl.on('line', function (l) { console.log('line', JSON.stringify(l)); });
rl.on('SIGINT', function () { console.log('SIGINT, line was', JSON.stringify(rl.line)); rl.close(); });
rl.on('close', function () { console.log('close'); });
input.write('helo');
input.write('\x7f\x7flo\r');
input.write('abc\x03');
