// Non-ASCII path segments pass through untouched.
var path = require('path');
var p = '/home/ünïcödé/文件/😀.txt';
console.log(path.basename(p), path.extname(p), path.dirname(p), path.basename(p, '.txt'));
console.log(path.join('/ä', 'ö', '..', 'ü'), path.relative('/ä/ö', '/ä/ü'));
console.log(JSON.stringify(path.parse(p)));
