// Automatic semicolon insertion at line breaks, before } and at the end of input.
var a = 1
var b = 2
console.log(a + b)
var c = a
+ b
console.log(c)
var d = a
;[1, 2].forEach(function (x) { d += x })
console.log(d)
function f() { return 1 } console.log(f())
var e = 5
e
++b
console.log(e, b)
var g = function (x) { return "g called with " + typeof x }
var h = g
(function () { return "no ASI before (" })
console.log(h)
