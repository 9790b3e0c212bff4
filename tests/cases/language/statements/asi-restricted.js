// Restricted productions: a line break after return, break, continue, throw-free and postfix operators.
function r() {
  return
  42
}
console.log(r())
var i = 1
var j = 2
i
++
j
console.log(i, j)
var out = []
loop: for (var k = 0; k < 3; k++) {
  for (;;) {
    break
    loop
  }
  out.push(k)
}
console.log(out.join(","))
var x = 1, y = 2, z
z = x
-y
console.log(z)
var s = "a"
var t = s
.toUpperCase()
console.log(t)
