// Methods returning this allow chaining; state accumulates on the object.
function Builder() { this.parts = []; }
Builder.prototype.add = function (p) { this.parts.push(p); return this; };
Builder.prototype.when = function (cond, p) { return cond ? this.add(p) : this; };
Builder.prototype.build = function (sep) { return this.parts.join(sep || " "); };
var b = new Builder().add("SELECT").add("*").add("FROM t").when(false, "WHERE x").when(true, "LIMIT 1");
console.log(b.build());
console.log(new Builder().build() === "", new Builder().add(1).add(2).build("+"));
var calc = {
  value: 0,
  plus: function (n) { this.value += n; return this; },
  times: function (n) { this.value *= n; return this; }
};
console.log(calc.plus(2).times(5).plus(1).value);
