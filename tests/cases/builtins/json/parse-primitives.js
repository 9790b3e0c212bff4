// JSON.parse on primitive texts, surrounding whitespace and number forms.
console.log(JSON.parse("1"), JSON.parse("-0") === 0, 1 / JSON.parse("-0"), JSON.parse(" 1.5e3 "));
console.log(JSON.parse("true"), JSON.parse("false"), JSON.parse("null"), JSON.parse('"s"'));
console.log(JSON.parse("\t\n\r 42 \n"), JSON.parse("1E+2"), JSON.parse("1e-2"), JSON.parse("0.5"));
console.log(JSON.parse("12345678901234567890"), JSON.parse("1e400"), JSON.parse("-1e400"), JSON.parse("5e-400"));
console.log(JSON.parse(2), JSON.parse(true), JSON.parse(null), JSON.parse(new String("7")));
console.log(JSON.parse({ toString: function () { return "[1]"; } }).length);
console.log(typeof JSON.parse("{}"), Array.isArray(JSON.parse("[]")), JSON.parse.length, JSON.parse.name);
