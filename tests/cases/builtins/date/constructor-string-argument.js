// new Date(string) uses the same parser as Date.parse.
var texts = ["2020-02-29", "2020-02-29T12:00", "Feb 29 2020", "2021-02-29", "2020-02-29T12:00:00.000+09:00", "garbage"];
for (var i = 0; i < texts.length; i++) {
  var d = new Date(texts[i]);
  console.log(texts[i], d.getTime() === Date.parse(texts[i]) || (isNaN(d.getTime()) && isNaN(Date.parse(texts[i]))), String(d));
}
console.log(new Date("2020-01-01", "ignored?").getTime(), new Date("1") .getTime(), new Date("12").getTime());
