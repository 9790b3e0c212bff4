// for loops: every header part optional, var scoping, and update after continue.
var s = "";
for (var i = 0; i < 5; i++) s += i;
console.log(s, i);
var j = 0;
for (; j < 3;) j++;
console.log(j);
var k = 0;
for (;;) { if (++k > 4) break; }
console.log(k);
var evens = [];
for (var n = 0; n < 10; n++) {
  if (n % 2) continue;
  evens.push(n);
}
console.log(evens.join(" "));
for (var a = 0, b = 5; a < b; a++, b--) ;
console.log(a, b);
for (var x = 0; x < 0; x++) console.log("never");
console.log(x);
var nested = [];
for (var r = 0; r < 3; r++) for (var c = 0; c < r; c++) nested.push(r + "" + c);
console.log(nested.join(","));
