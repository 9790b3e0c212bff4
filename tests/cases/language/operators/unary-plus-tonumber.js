// Unary + applies ToNumber: whitespace, hex, exponents, empty strings and objects.
console.log(+"", +" ", +"\t\n", +"12", +" 12 ", +"1 2");
console.log(+"0x1A", +"0X10", +"0b1", +"0o7", +"-0x1");
console.log(+"1e3", +".5", +"5.", +"+5", +"-5", +"--5");
console.log(+"Infinity", +"-Infinity", +"infinity", +"NaN");
console.log(+true, +false, +null, +undefined);
console.log(+[], +[5], +[1, 2], +{}, +["7"]);
console.log(+"1_000", +"١", +"\u00a012\u2003");
console.log(+new Number(-2), +{ valueOf: function () { return "3"; } });
console.log(Number("  42  "), Number("4e-2"), Number(""));
