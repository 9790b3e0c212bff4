// Boxed primitives, regular expressions, errors-free special objects and arguments.
console.log(new Number(3), new String("ab"), new Boolean(false));
console.log([new Number(-0)]);
console.log(/ab+c/gi, [/x/]);
console.log((function () { return arguments; })(1, "two"));
console.log(Math.constructor === Object, [Math.PI]);
console.log({ re: /\d+/, num: new Number(1) });
console.log([new String("")], new Boolean(true));
console.log({ args: (function () { return arguments; })() });
console.log([/a|b/, /[\]]/m]);
