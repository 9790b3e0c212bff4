// Long strings print on one line at top level; inside arrays they stay single-quoted.
var s = "";
for (var i = 0; i < 10; i++) s += "segment" + i + " ";
console.log(s);
console.log([s]);
console.log({ text: s });
var multi = "first line\nsecond line\nthird line";
console.log(multi);
console.log([multi]);
console.log({ key: "a\nb" });
