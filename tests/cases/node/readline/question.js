// question() writes its query to the output and calls back with the next line.
var readline = require('readline');
var stream = require('stream');
var input = new stream.PassThrough({ decodeStrings: false, encoding: 'utf8' });
var written = [];
var output = new stream.Writable({ decodeStrings: false, write: function (c, e, cb) { written.push(c); cb(); } });
var rl = readline.createInterface({ input: input, output: output, terminal: false });
rl.question('name? ', function (answer) {
  console.log('answer', answer);
  rl.question('age? ', function (age) {
    console.log('age', age);
    rl.close();
  });
  input.write('42\n');
});
rl.on('close', function () { console.log('output', JSON.stringify(written.join(''))); });
input.write('Ada\n');
