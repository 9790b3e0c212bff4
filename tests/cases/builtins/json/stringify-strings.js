// JSON.stringify's string quoting: short escapes, \u00XX controls and lone surrogates.
console.log(JSON.stringify("a\"b\\c/d"));
console.log(JSON.stringify("\b\f\n\r\t\v\u0000\u001f\u007f"));
console.log(JSON.stringify("\u2028\u2029\u00e9\u4e2d"));
console.log(JSON.stringify("\ud83d\ude00"), JSON.stringify("\ud83d\ude00").length);
console.log(JSON.stringify("\ud800"), JSON.stringify("\udc00x"), JSON.stringify("x\ud800\ud800"));
console.log(JSON.stringify("\ude00\ud83d"));
console.log(JSON.stringify({ "key\n\"q\"": "\t" }));
console.log(JSON.stringify("</script>"), JSON.stringify("'single'"));
