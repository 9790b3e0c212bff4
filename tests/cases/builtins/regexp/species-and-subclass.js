// Subclasses of RegExp: exec overrides are used by String methods and split uses @@species.
class MyRE extends RegExp {
  exec(s) { var r = super.exec(s); if (r) r[0] = r[0].toUpperCase(); return r; }
}
var re = new MyRE("[a-c]", "g");
console.log(re instanceof RegExp, re instanceof MyRE, re.flags, "abcd".replace(re, "<$&>"), "abcd".match(re).join(","));
console.log(Object.prototype.toString.call(re), String(re), re.test("zzb"));
var splitCalls = 0;
class Tracked extends RegExp {
  static get [Symbol.species]() { splitCalls++; return RegExp; }
}
console.log(JSON.stringify("a1b".split(new Tracked("\\d"))), splitCalls);
console.log(RegExp.prototype.flags === "", Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call({ global: 1, sticky: 0, unicode: "y" }));
