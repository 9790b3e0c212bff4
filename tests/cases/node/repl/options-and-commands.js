// repl options (custom eval and writer, ignoreUndefined, useGlobal) and commands (.break, .clear,
// defineCommand), driven through PassThrough streams.
var repl = require('repl');
var stream = require('stream');

function session(options, lines, done) {
  var input = new stream.PassThrough();
  var output = new stream.PassThrough();
  var text = '';
  output.on('data', function (d) { text += d; });
  options.input = input;
  options.output = output;
  options.terminal = false;
  var r = repl.start(options);
  r.on('exit', function () { done(r, text); });
  lines.forEach(function (line) { input.write(line + '\n'); });
  input.write('.exit\n');
  return r;
}

session({ prompt: '$ ', ignoreUndefined: true }, ['var a = 1', 'a + 1', 'undefined', 'null'], function (r, text) {
  console.log('ignoreUndefined', JSON.stringify(text));
  session({ prompt: 'w> ', writer: function (v) { return '<' + JSON.stringify(v) + '>'; } }, ['[1, 2]', '({k: "v"})'], function (r, text) {
    console.log('writer', JSON.stringify(text));
    session({ prompt: 'e> ', eval: function (code, context, file, cb) { cb(null, 'echo:' + code.trim()); } }, ['hello', 'world'], function (r, text) {
      console.log('eval', JSON.stringify(text));
      var r2 = session({ prompt: 'c> ' }, ['var kept = 5', 'kept', 'function g() {', '.break', 'g', '.clear', 'typeof kept', '.shout hi there'], function (r, text) {
        console.log('commands', JSON.stringify(text));
        global.shared = 'from global';
        session({ prompt: 'g> ', useGlobal: true }, ['shared', 'var made = 7'], function (r, text) {
          console.log('useGlobal', JSON.stringify(text), global.made);
        });
      });
      r2.defineCommand('shout', { help: 'Shout', action: function (rest) { this.outputStream.write(rest.toUpperCase() + '!\n'); } });
    });
  });
});
