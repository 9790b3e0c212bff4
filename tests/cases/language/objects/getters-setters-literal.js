// get and set in object literals define accessor properties.
var temp = {
  celsius: 0,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; }
};
console.log(temp.fahrenheit);
temp.fahrenheit = 212;
console.log(temp.celsius, temp.fahrenheit);
var readOnly = { get value() { return "fixed"; } };
readOnly.value = "changed";
console.log(readOnly.value);
var writeOnly = { set sink(v) { this.last = v; } };
writeOnly.sink = 5;
console.log(writeOnly.sink, writeOnly.last);
var d = Object.getOwnPropertyDescriptor(temp, "fahrenheit");
console.log(typeof d.get, typeof d.set, "value" in d, d.enumerable, d.configurable);
var keys = { get 1() { return "one"; }, get "two words"() { return 2; } };
console.log(keys[1], keys["two words"], Object.keys(keys).join("|"));
var both = { get p() { return "getter"; }, set p(v) { this.q = v; } };
both.p = "stored";
console.log(both.p, both.q, Object.keys(both).join(","));
