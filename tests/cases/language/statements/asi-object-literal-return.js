// return followed by a line break returns undefined even before an object literal.
function broken() {
  return
  {
    value: 1
  }
}
function fine() {
  return {
    value: 2
  }
}
console.log(broken(), fine().value)
var a = 1, b = 2
var c = a +
  b
console.log(c)
var text = "x"
  + "y"
  + "z"
console.log(text)
var fn = function () { return "called" }
var result = fn
()
console.log(result)
