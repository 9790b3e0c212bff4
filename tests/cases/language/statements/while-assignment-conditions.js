// Assignments inside conditions: the assigned value decides.
var queue = [3, 2, 1, 0, 5];
var item, taken = [];
while ((item = queue.shift()) !== undefined) {
  if (!item) break;
  taken.push(item);
}
console.log(taken.join(","), queue.join(","));
var re = /\d+/g, m, found = [];
while ((m = re.exec("a1b22c333")) !== null) found.push(m[0] + "@" + m.index);
console.log(found.join(" "));
var n = 10, digits = 0;
while (n = Math.floor(n / 2)) digits++;
console.log(digits, n);
var x;
if (x = 0) console.log("never"); else console.log("x is", x);
