// setPrompt/getPrompt/prompt in non-terminal mode; 'line' between prompts.
var readline = require('readline');
var stream = require('stream');
var input = new stream.PassThrough({ decodeStrings: false, encoding: 'utf8' });
var out = '';
var output = new stream.Writable({ decodeStrings: false, write: function (c, e, cb) { out += c; cb(); } });
var rl = readline.createInterface({ input: input, output: output, prompt: '$ ' });
console.log('prompt is', JSON.stringify(rl.getPrompt()), 'terminal', rl.terminal);
rl.setPrompt('>> ');
rl.prompt();
rl.on('line', function (l) {
  out += '[' + l + ']';
  if (l === 'quit') rl.close(); else rl.prompt();
});
rl.on('close', function () { console.log(JSON.stringify(out)); });
input.write('a\nb\nquit\n');
