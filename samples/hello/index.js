// A small Node program: samples/hello. `jsc parse` prints its ESTree AST.
'use strict';

var greet = require('./greet');

function main(argv) {
  var names = argv.length > 2 ? argv.slice(2) : ['world'];
  names.forEach(function (name) {
    console.log(greet.message(name));
  });
}

main(process.argv);
