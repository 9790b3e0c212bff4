// [^] matches any character including newlines; [] never matches.
console.log(/a[^]b/.test("a\nb"), /a.b/.test("a\nb"), /a[]b/.test("ab"), /a[^]*/.exec("a\r\n\u2028x")[0].length);
console.log("x\ny".match(/[^]/g).length, "abc".replace(/[]/g, "-"), "abc".replace(/[^]/g, "-"));
console.log(/^[^]$/.test("\ud83d\ude00"), /^[^]$/u.test("\ud83d\ude00"), /^.$/u.test("\ud83d\ude00"));
console.log(JSON.stringify("ab".split(/[]/)), JSON.stringify("ab".split(/[^]/)));
console.log(/[^a]/.test("\n"), /./.test("\u2028"), /./.test("\u2029"), /./.test("\r"), /./.test("\u0085"));
console.log(new RegExp("[]").source, new RegExp("[^]").source, /[^]/.exec("")===null);
