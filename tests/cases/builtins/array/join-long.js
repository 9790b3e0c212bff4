// join builds long strings and handles repeated separators.
var a = [];
for (var i = 0; i < 100; i++) a.push(i % 10);
var s = a.join("");
console.log(s.length, s.slice(0, 12));
console.log(new Array(11).join("ab").length, [1, 2, 3].join("<->"));
console.log(Array(3).join(), Array(1).join("x") === "", [""].join("x") === "");
