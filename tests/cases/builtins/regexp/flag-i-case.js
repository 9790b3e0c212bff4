// Case-insensitive matching: ASCII, Latin-1, special case foldings with and without u.
console.log(/abc/i.test("ABC"), /[a-z]/i.test("Q"), /[^a-z]/i.test("Q"), /\u00e9/i.test("\u00c9"));
console.log(/\u212a/i.test("k"), /\u212a/iu.test("k"), /\u017f/i.test("s"), /\u017f/iu.test("s"));
console.log(/ß/i.test("SS"), /ß/i.test("\u1e9e"), /ß/iu.test("\u1e9e"), /[\u00e0-\u00ff]/i.test("\u00c0"));
console.log(/\u03c3/i.test("\u03a3"), /\u03c3/i.test("\u03c2"), /\u03c2/i.test("\u03a3"));
console.log("Straße STRASSE".match(/strasse/gi).length, /İ/i.test("i"), /ı/i.test("I"));
console.log(/[A-Z]/i.test("_"), /[Z-a]/i.test("z"), /\w/i.test("K"), /(a)\1/i.test("aA"));
