// A NaN component makes the date invalid; setFullYear revives an invalid date.
var d = new Date(2020, 0, 1);
console.log(d.setMonth(NaN), d.getTime());
console.log(d.setFullYear(1999), d.toISOString());
console.log(d.setHours(undefined), isNaN(d));
d = new Date(0);
console.log(d.setUTCDate(), isNaN(d.getTime()));
d = new Date(0);
console.log(d.setUTCSeconds(1, NaN), d.setUTCFullYear(2001, 1, 1), d.toISOString());
d = new Date(0);
console.log(d.setUTCHours(8.64e15), d.setTime(8.64e15), d.setUTCMilliseconds(1));
var order = [];
d = new Date(0);
d.setUTCHours({ valueOf: function () { order.push("h"); return 1; } }, { valueOf: function () { order.push("m"); return 2; } });
console.log(order.join(""), d.toISOString());
var conv = [];
function num(n) { return { valueOf: function () { conv.push(n); return 1; } }; }
new Date(NaN).setHours(num("h"), num("m"), num("s"), num("ms"));
new Date(NaN).setUTCMonth(num("M"), num("D"));
new Date(NaN).setFullYear(num("Y"), num("M"), num("D"));
console.log(conv.join(""));
