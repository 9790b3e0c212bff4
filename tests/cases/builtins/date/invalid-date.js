// An invalid Date: NaN getters, "Invalid Date" strings, RangeError from toISOString.
var d = new Date(NaN);
console.log(d.getTime(), d.valueOf(), d.getFullYear(), d.getUTCDay(), d.getTimezoneOffset());
console.log(String(d), d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString());
console.log(d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString());
console.log(d.toJSON(), JSON.stringify({ d: d }));
try { d.toISOString(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(d.setDate(5), d.getTime(), d.setMilliseconds(1), d.setHours(1));
console.log(d.setFullYear(2020), d.toISOString());
console.log(isNaN(new Date("nope")), new Date("nope") + "", new Date(8.64e15 + 1) + "");
