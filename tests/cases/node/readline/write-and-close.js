// rl.write() feeds the interface as if typed; write after close throws.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough({ decodeStrings: false, encoding: 'utf8' });
var rl = readline.createInterface({ input: input, terminal: false });
rl.on('line', function (l) { console.log('line', l); });
rl.write('typed\n');
rl.write('partial');
rl.write(' done\n');
rl.close();
try { rl.write('x'); } catch (e) { console.log(e.code); }
console.log('closed', rl.closed);
