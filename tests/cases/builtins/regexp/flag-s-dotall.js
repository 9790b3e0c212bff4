// The s flag lets . match line terminators; without it . stops at \n \r \u2028 \u2029.
var terminators = ["\n", "\r", "\u2028", "\u2029", "\u0085", "\v", "\f"];
for (var i = 0; i < terminators.length; i++) {
  var t = terminators[i];
  console.log(JSON.stringify(t), /^.$/.test(t), /^.$/s.test(t));
}
console.log(/a.+b/s.exec("a\n\nb")[0].length, /a.+b/.exec("a\n\nb"), /a.b/s.dotAll, /a.b/.dotAll);
console.log(new RegExp(".", "s").flags, /./su.test("\ud83d\ude00"), /^.$/s.test("\ud83d\ude00"));
