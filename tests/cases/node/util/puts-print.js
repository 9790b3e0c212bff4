// util.puts writes each argument on its own line; util.print writes them without newlines.
// Expectation recorded by hand from the v0.8.16 manual (util.puts, util.print); node 20 removed both.
var util = require('util');
util.puts('line one', 'line two', 3);
util.print('a', 'b', 1, '\n');
util.puts();
util.print('end\n');
