// A nested plain function does not inherit this; the that = this idiom and bind do.
var obj = {
  name: "obj",
  direct: function () { return this.name; },
  nested: function () {
    function inner() { return this === obj ? "obj" : typeof this; }
    return inner();
  },
  saved: function () {
    var that = this;
    return (function () { return that.name; })();
  },
  bound: function () {
    return (function () { return this.name; }).bind(this)();
  },
  callback: function () {
    var self = this;
    return [1, 2].map(function (x) { return (this === self) + ":" + x; }, this).join(",");
  }
};
console.log(obj.direct(), obj.nested(), obj.saved(), obj.bound(), obj.callback());
