// A multi-line comment containing a line break counts as a line terminator for ASI.
function f() {
  return /*
  */ "after comment"
}
console.log(f())
function g() {
  return /* same line */ "kept"
}
console.log(g())
var a = 1 /* inline */ + 2
console.log(a)
var b = 1
// comment line
var c = b // trailing
console.log(b + c)
var i = 5, j = 0
i /*
*/ ++j
console.log(i, j)
