// this is not a variable: it is not captured by nested functions, unlike locals.
var obj = {
  value: "obj value",
  method: function () {
    var self = this;
    var value = "local value";
    function nested() { return [typeof this, self.value, value].join(" | "); }
    return nested();
  }
};
console.log(obj.method());
var g = (function () { return this; })();
g.value = "global value";
function plain() { return this.value; }
console.log(plain(), plain.call(obj));
delete g.value;
