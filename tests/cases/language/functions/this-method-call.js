// this in method calls is the object the method was read from.
var o = {
  name: "o",
  who: function () { return this.name; },
  nested: { name: "nested", who: function () { return this.name; } }
};
console.log(o.who(), o["who"](), o.nested.who());
var other = { name: "other", who: o.who };
console.log(other.who());
var proto = { hello: function () { return "hi " + this.name; } };
var child = Object.create(proto);
child.name = "child";
console.log(child.hello());
var arr = [function () { return this.length; }, 2, 3];
console.log(arr[0]());
var key = "who";
console.log(o[key](), (o.who)(), (o["who"])());
