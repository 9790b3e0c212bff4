// Date setters with several arguments, NaN dates revived by setFullYear, and the argument coercion order.
var d = new Date(Date.UTC(2020, 0, 31, 12));
d.setUTCMonth(1);
console.log(d.toISOString());
d.setUTCFullYear(2021, 11, 31);
console.log(d.toISOString());
d.setUTCHours(25, 61, 61, 1001);
console.log(d.toISOString());
var bad = new Date(NaN);
console.log(bad.setUTCMonth(1), bad.setUTCFullYear(2000), new Date(bad.getTime()).toISOString());
var order = [];
var t = new Date(0);
t.setUTCMinutes({ valueOf: function () { order.push('min'); return 1; } }, { valueOf: function () { order.push('sec'); return 2; } });
console.log(order.join(), t.toISOString());
console.log(new Date(Date.UTC(2020, 0, 1)).setUTCDate(0), new Date(8.64e15).toISOString(), new Date(8.64e15 + 1).getTime());
try { new Date(8.64e15 + 1).toISOString(); } catch (e) { console.log(e.name, e.message); }
console.log(new Date(2020, 0).getTimezoneOffset(), Date.UTC(2020), Date.UTC(), new Date(-1).toISOString());
