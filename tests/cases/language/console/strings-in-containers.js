// Strings inside arrays and objects are quoted with single quotes, escaped as needed.
console.log(["a", "b c", ""]);
console.log(["it's", 'say "hi"', "both ' and \""]);
console.log(["line\nbreak", "tab\there", "back\\slash"]);
console.log({ s: "text", empty: "" });
console.log("top-level strings are printed raw: 'quotes' \"kept\"");
console.log(["\u00e9", "\u0001", "\u007f"]);
console.log([["nested", ["deeper"]]]);
console.log({ quote: "it's", both: "'\"" });
console.log(["a\u2028b"]);
