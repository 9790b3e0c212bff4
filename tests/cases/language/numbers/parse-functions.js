// parseInt and parseFloat read a leading number prefix and ignore the rest.
console.log(parseInt("42px"), parseInt("  -17 "), parseInt("0x1f"), parseInt("1e3"));
console.log(parseInt("ff", 16), parseInt("0xff", 16), parseInt("101", 2), parseInt("z", 36));
console.log(parseInt(""), parseInt("abc"), parseInt("-"), parseInt("0.9"));
console.log(parseInt("08"), parseInt("012"), parseInt("12", 0), parseInt("12", 1));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null, 36));
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2x"), parseFloat("1e"));
console.log(parseFloat("Infinityx"), parseFloat("-Infinity"), parseFloat("0x10"));
console.log(parseFloat(""), parseFloat("  2.5  "), parseFloat("1.2.3"));
console.log(parseInt("123", 37), parseInt("7", 8), parseInt("8", 8));
console.log(parseInt("-0"), 1 / parseInt("-0"), parseFloat("-0") === 0);
