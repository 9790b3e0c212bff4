// Object keys that are not identifiers are printed in single quotes.
console.log({ a: 1, A1: 2, _u: 3, $d: 4 });
console.log({ "1a": 1, "a b": 2, "a-b": 3, "": 4 });
console.log({ 0: "zero", 10: "ten", "-1": "minus one", "1.5": "frac" });
console.log({ "it's": 1, 'say "x"': 2 });
console.log({ "\u00e9t\u00e9": 1, "caf\u00e9": 2 });
console.log({ "class": 1, "if": 2, "null": 3 });
console.log({ _: 1, $: 2, a1_$: 3 });
console.log({ "\n": 1, "tab\t": 2 });
console.log({ 4294967295: "big", 1e3: "thousand" });
