// Copying properties between objects: own enumerable only, getters invoked, order kept.
function extend(target) {
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    for (var k in src) if (Object.prototype.hasOwnProperty.call(src, k)) target[k] = src[k];
  }
  return target;
}
var defaults = { color: "red", size: 1 };
var options = { size: 3, shape: "round" };
var merged = extend({}, defaults, options);
console.log(JSON.stringify(merged));
var withGetter = { get now() { return "evaluated"; } };
var copy = extend({}, withGetter);
console.log(copy.now, typeof Object.getOwnPropertyDescriptor(copy, "now").get);
var proto = { inherited: 1 };
var src = Object.create(proto);
src.own = 2;
console.log(JSON.stringify(extend({}, src)));
var canFly = { fly: function () { return this.name + " flies"; } };
var canSwim = { swim: function () { return this.name + " swims"; } };
var duck = extend({ name: "duck" }, canFly, canSwim);
console.log(duck.fly(), duck.swim());
