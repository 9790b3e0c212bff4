'use strict';
// Renders the Markdown file named on the command line (default: README.md beside this file).
var fs = require('fs');
var path = require('path');
var marked = require('marked').marked;

var file = process.argv[2] || path.join(__dirname, 'README.md');
var html = marked.parse(fs.readFileSync(file, 'utf8'), { mangle: false, headerIds: true });
process.stdout.write(html);
console.log('<!-- %d bytes of HTML from %s -->', Buffer.byteLength(html), path.basename(file));
