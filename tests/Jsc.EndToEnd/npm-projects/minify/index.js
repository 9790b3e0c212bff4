'use strict';
// Minifies the file named on the command line (default: input.js beside this file) and prints
// the result, then the same with mangling and compression off, then a syntax error's report.
var fs = require('fs');
var path = require('path');
var UglifyJS = require('uglify-js');

var file = process.argv[2] || path.join(__dirname, 'input.js');
var code = fs.readFileSync(file, 'utf8');
var result = UglifyJS.minify(code, { toplevel: true });
if (result.error) throw result.error;
console.log(result.code);
console.log(UglifyJS.minify(code, { mangle: false, compress: false }).code);
var bad = UglifyJS.minify('var a = ;');
console.log(bad.error.name + ': ' + bad.error.message + ' at ' + bad.error.line + ':' + bad.error.col);
console.log('saved %d%%', Math.round(100 * (1 - result.code.length / code.length)));
