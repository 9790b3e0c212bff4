// new Date(value): numbers are time values, strings are parsed, Date objects are copied.
console.log(new Date(0).toISOString(), new Date(-1).toISOString(), new Date(1.9).getTime(), new Date(-1.9).getTime());
console.log(new Date(8.64e15).toISOString(), new Date(8.64e15 + 1).getTime(), new Date(-8.64e15).toISOString());
console.log(new Date(NaN).getTime(), new Date(Infinity).getTime(), new Date(true).getTime(), new Date(null).getTime());
console.log(new Date(undefined).getTime(), new Date("0").getTime(), new Date([2020]).getTime());
var orig = new Date(123456789);
var copy = new Date(orig);
console.log(copy.getTime(), copy !== orig);
var tricky = new Date(5);
tricky.valueOf = function () { return 999; };
console.log(new Date(tricky).getTime());
console.log(new Date({ valueOf: function () { return 77; } }).getTime());
console.log(new Date({ toString: function () { return "2000-01-01T00:00:00Z"; }, valueOf: undefined }).getTime());
console.log(new Date(new String("1970-01-02")).getTime(), new Date(Object(1000)).getTime());
