// path.win32.resolve and relative with absolute inputs (no dependence on the cwd).
var path = require('path').win32;
console.log(path.resolve('c:/blah\\blah', 'd:/games', 'c:../a'));
console.log(path.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'));
console.log(path.resolve('c:/ignore', 'c:/some/file'));
console.log(path.resolve('d:/ignore', 'd:some/dir//'));
console.log(path.resolve('//server/share', '..', 'relative\\'));
console.log(path.resolve('c:/', '//'));
console.log(path.resolve('c:/', '//dir'));
console.log(path.resolve('c:/', '//server/share'));
console.log(path.resolve('C:\\foo\\bar', '.\\baz'));
[['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'], ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'],
 ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'C:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'c:/cccc'],
 ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['C:\\baz-quux', 'C:\\baz'],
 ['C:\\', 'C:\\foo'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb']].forEach(function (p) {
  console.log(p[0], p[1], '->', JSON.stringify(path.relative(p[0], p[1])));
});
