// pause()/resume() events and their effect on the input stream.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough({ decodeStrings: false, encoding: 'utf8' });
var rl = readline.createInterface({ input: input });
rl.on('pause', function () { console.log('pause; input paused', input.isPaused()); });
rl.on('resume', function () { console.log('resume; input paused', input.isPaused()); });
rl.on('line', function (l) { console.log('line', l); });
rl.pause();
rl.pause();
input.write('held\n');
setTimeout(function () { rl.resume(); rl.close(); }, 2);
