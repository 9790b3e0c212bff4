// Objects whose one-line form exceeds the width break onto one property per line.
var o = {
  alpha: "a fairly long string value",
  beta: "another fairly long string value",
  gamma: 12345,
  delta: [1, 2, 3]
};
console.log(o);
console.log({ short: 1, also: 2 });
var nested = { first: { name: "first item", values: [10, 20, 30] }, second: { name: "second item", values: [40, 50, 60] } };
console.log(nested);
console.log([{ id: 1, label: "one" }, { id: 2, label: "two" }, { id: 3, label: "three" }, { id: 4, label: "four" }]);
