// repl.start over streams: each line is evaluated, results printed with util.inspect, _ keeps the last one,
// unfinished input waits behind '... ', errors print as 'Uncaught'.
var repl = require('repl');
var stream = require('stream');
var input = new stream.PassThrough();
var output = new stream.PassThrough();
var text = '';
output.on('data', function (d) { text += d; });
var r = repl.start({ prompt: '> ', input: input, output: output, terminal: false, useColors: false });
r.context.answer = 42;
console.log(typeof r.context, r instanceof repl.REPLServer);
r.on('exit', function () {
  console.log(JSON.stringify(text));
});
input.write('1 + 2\n');
input.write('answer * 2\n');
input.write('var x = {a: [1, 2]}\n');
input.write('x\n');
input.write('_\n');
input.write('function f(a) {\n');
input.write('return a * 3 }\n');
input.write('f(5)\n');
input.write('throw new Error("boom")\n');
input.write('"str"\n');
input.write('.exit\n');
