// A function declaration and a var of the same name: the function wins until assigned.
console.log(typeof both);
var both = "string now";
function both() {}
console.log(typeof both);
function inner() {
  console.log(typeof twin);
  function twin() {}
  var twin;
  console.log(typeof twin);
  twin = 5;
  return typeof twin;
}
console.log(inner());
function param(p) {
  console.log(typeof p);
  function p() {}
  return typeof p;
}
console.log(param("string"));
