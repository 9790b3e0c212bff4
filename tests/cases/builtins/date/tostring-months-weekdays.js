// toString and toUTCString spell every month and weekday name.
var out = [];
for (var m = 0; m < 12; m++) {
  var d = new Date(Date.UTC(2023, m, 1 + m));
  out.push(d.toUTCString().slice(0, 16) + " / " + d.toDateString());
}
console.log(out.join("\n"));
