// Strings V8 cannot read give NaN; whitespace and case are forgiven in some forms.
var texts = ["", " ", "garbage", "2020-01-02T", "2020-01-02T10", "Jan", "32 Jan 2020", "Feb 30 2020", "13/1/2020",
  "2020-01-02T25:00", "2020-01-02T10:60", "2020-01-02Tjunk", "  2020-01-02  ", "JAN 2 2020", "jan 2 2020",
  "2020-01-02T10:00:00+2400", "Infinity", "1e3", "0x10", "undefined", "null"];
for (var i = 0; i < texts.length; i++) console.log(JSON.stringify(texts[i]), Date.parse(texts[i]));
console.log(Date.parse(), Date.parse(null), Date.parse(2020), Date.parse.length);
