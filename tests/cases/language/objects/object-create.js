// Object.create with a prototype and property descriptors.
var proto = { greet: function () { return "hi " + this.name; } };
var o = Object.create(proto, {
  name: { value: "Ann", enumerable: true },
  secret: { value: 42 },
  computed: { get: function () { return this.name.length; }, enumerable: false }
});
console.log(o.greet(), o.secret, o.computed);
console.log(Object.keys(o).join(","), Object.getOwnPropertyNames(o).join(","));
o.secret = 0;
console.log(o.secret);
var bare = Object.create(null);
bare.x = 1;
console.log(typeof bare.toString, Object.getPrototypeOf(bare), "x" in bare);
try { Object.create(5); } catch (e) { console.log(e.name); }
try { Object.create(); } catch (e) { console.log(e.name); }
var d = Object.getOwnPropertyDescriptor(o, "secret");
console.log(d.writable, d.enumerable, d.configurable);
