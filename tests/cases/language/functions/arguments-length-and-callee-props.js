// Property attributes of arguments.length and arguments.callee in sloppy functions.
function f() {
  var len = Object.getOwnPropertyDescriptor(arguments, "length");
  var callee = Object.getOwnPropertyDescriptor(arguments, "callee");
  return [len.value, len.writable, len.enumerable, len.configurable,
    callee.value === f, callee.enumerable].join(" ");
}
console.log(f(1, 2));
function keys() { return Object.keys(arguments).join(","); }
console.log(keys("a", "b", "c"));
function modify() {
  arguments.length = 1;
  return Array.prototype.join.call(arguments, ",");
}
console.log(modify(1, 2, 3));
function push() {
  Array.prototype.push.call(arguments, "pushed");
  return arguments.length + " " + arguments[arguments.length - 1];
}
console.log(push(1));
function json() { return JSON.stringify(arguments); }
console.log(json(1, "two"));
