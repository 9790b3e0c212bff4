// Surrogate pairs in classes: one character with u, two code units without.
var s = "\u{1F600}";
console.log(/^[\u{1F600}]$/u.test(s), /^[😀]$/.test(s), /^[😀]{2}$/.test(s), /^[^a]$/u.test(s), /^[^a]{2}$/.test(s));
console.log(/[\u{1F600}-\u{1F64F}]/u.test("\u{1F64A}"), /[\ud83d\ude00]/.test("\ude00"), /[\ud83d\ude00]/u.test("\ude00"));
