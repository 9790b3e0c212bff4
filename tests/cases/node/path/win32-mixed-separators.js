// win32 treats / and \ alike everywhere.
var w = require('path').win32;
var p = 'C:/Users\\me/Documents\\file.txt';
console.log(w.normalize(p), w.dirname(p), w.basename(p), w.extname(p));
console.log(JSON.stringify(w.parse(p)));
console.log(w.join('C:/a', 'b\\c', '../d/e'), w.resolve('C:/a', 'b/c'), w.isAbsolute('/x'), w.isAbsolute('C:/x'));
console.log(w.relative('C:/a/b', 'C:\\a\\c\\d'));
