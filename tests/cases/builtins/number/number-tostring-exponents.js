// Where Number::toString switches to exponent notation, around 1e21 and 1e-7.
var values = [1e20, 1.5e20, 1e21, 1.5e21, 123456789012345678901, 1e-6, 1.5e-6, 1e-7, 1.5e-7, 0.00000123, 1.23e-15, 1e300, -1e-7];
for (var i = 0; i < values.length; i++) console.log(String(values[i]), values[i].toString(10), JSON.stringify(values[i]));
