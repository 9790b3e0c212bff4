// Direct eval inherits this and arguments from its caller.
var obj = {
  name: "obj",
  method: function () { return eval("this.name"); },
  args: function () { return eval("Array.prototype.join.call(arguments, '-')"); }
};
console.log(obj.method(), obj.args(1, 2, 3));
function modify(a) {
  eval("arguments[0] = 'changed'");
  return a;
}
console.log(modify("original"));
function nested() {
  return eval("eval('typeof arguments')");
}
console.log(nested());
var detached = obj.method;
console.log(typeof detached());
