// this follows the last member access before the call in a chain.
var root = {
  name: "root",
  child: {
    name: "child",
    whoAmI: function () { return this.name; },
    self: function () { return this; }
  },
  self: function () { return this; }
};
console.log(root.child.whoAmI(), root.self().child.whoAmI(), root.child.self().whoAmI());
var getter = { get fn() { return root.child.whoAmI; } };
var g = (function () { return this; })();
g.name = "global name";
console.log(getter.fn === root.child.whoAmI, getter.fn.call(root));
console.log([root.child.whoAmI][0].call({ name: "explicit" }));
delete g.name;
