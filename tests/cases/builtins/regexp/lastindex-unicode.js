// With u, a lastIndex inside a surrogate pair still finds the whole code point; empty matches step by code points.
var smile = "\ud83d\ude00";
var re = /\ud83d\ude00/gu;
re.lastIndex = 1;
var m = re.exec("x" + smile);
console.log(m && m.index, re.lastIndex);
var re2 = /(?:)/gu;
re2.lastIndex = 1;
console.log(re2.exec(smile).index, re2.lastIndex);
var re3 = /./gu;
re3.lastIndex = 1;
console.log(re3.exec(smile).index, re3.lastIndex);
var re4 = /./g;
re4.lastIndex = 1;
console.log(re4.exec(smile).index, re4.lastIndex);
console.log((smile + smile).replace(/(?:)/gu, "-").length, (smile + smile).replace(/(?:)/g, "-").length);
