// Objects as string-keyed maps: counting, existence checks and awkward keys.
var words = "a b a c b a constructor toString __proto__ hasOwnProperty".split(" ");
var counts = Object.create(null);
for (var i = 0; i < words.length; i++) {
  var w = words[i];
  counts[w] = (counts[w] || 0) + 1;
}
var keys = Object.keys(counts);
console.log(keys.length, keys.join(","));
console.log(counts.a, counts.constructor, counts.toString, counts.__proto__);
var plain = {};
console.log(typeof plain.constructor, "toString" in plain, plain.hasOwnProperty("toString"));
plain.__proto__ = { viaProto: true };
console.log(plain.viaProto, Object.keys(plain).length);
var safe = {};
Object.defineProperty(safe, "__proto__", { value: 1, enumerable: true, writable: true, configurable: true });
console.log(Object.keys(safe).join(","), safe.__proto__, Object.getPrototypeOf(safe) === Object.prototype);
