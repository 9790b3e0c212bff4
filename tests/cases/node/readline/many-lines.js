// Many lines written in uneven chunks come out whole and in order.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough({ decodeStrings: false, encoding: 'utf8' });
var rl = readline.createInterface({ input: input });
var count = 0, sum = 0;
rl.on('line', function (l) { count++; sum += Number(l); });
rl.on('close', function () { console.log(count, sum); });
var text = '';
for (var i = 1; i <= 500; i++) text += i + '\n';
for (var j = 0; j < text.length; j += 7) input.write(text.slice(j, j + 7));
input.end();
