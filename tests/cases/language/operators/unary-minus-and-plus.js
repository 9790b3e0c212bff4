// Unary - and + convert to number; - of 0 is -0.
console.log(-"3", +"3", -true, +false, -null, +undefined);
console.log(1 / -0, 1 / -(0), 1 / -"0", 1 / -[], 1 / -null);
console.log(-(-5), -(+"-5"), +-+-1);
console.log(-NaN, -Infinity, -"Infinity");
var x = 5;
console.log(-x, +x, - -x, -x - -x);
console.log(-"0x10", +"0b11", -"", -" ");
var o = { valueOf: function () { return "7"; } };
console.log(-o, +o, typeof +o);
console.log(-[3], +[[4]], -["-2"]);
