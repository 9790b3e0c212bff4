// JSON.stringify escapes quotes, control characters and lone surrogates.
console.log(JSON.stringify("plain"), JSON.stringify('say "hi"'), JSON.stringify("back\\slash"));
console.log(JSON.stringify("\n\r\t\b\f"), JSON.stringify("\u0001\u001f"));
console.log(JSON.stringify("\u2028\u2029"), JSON.stringify("\u007f"));
console.log(JSON.stringify("\ud800"), JSON.stringify("\udc00x"), JSON.stringify("\ud83d\ude00").length);
console.log(JSON.stringify("/"), JSON.stringify("<script>"), JSON.stringify("\u00e9"));
console.log(JSON.parse('"\\u0041\\n"') === "A\n", JSON.parse('"\\/"'));
console.log(JSON.stringify(["a", "b\"c"]), JSON.stringify({ "key with \"quotes\"": "v" }));
console.log(JSON.stringify("\u0000"), JSON.stringify("\u001b[0m"));
console.log(JSON.parse(JSON.stringify("round \t trip \ud83d\ude00")) === "round \t trip \ud83d\ude00");
