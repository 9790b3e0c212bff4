// Hand-written formatting with toFixed and string manipulation.
function withCommas(n) {
  var parts = n.toFixed(2).split(".");
  var int = parts[0], out = "";
  while (int.length > 3) { out = "," + int.slice(-3) + out; int = int.slice(0, -3); }
  return int + out + "." + parts[1];
}
console.log(withCommas(0), withCommas(999.999), withCommas(1234567.891), withCommas(1000));
function percent(x) { return (x * 100).toFixed(1) + "%"; }
console.log(percent(0.1234), percent(1), percent(0.0005), percent(1 / 3));
function pad2(n) { return n < 10 ? "0" + n : String(n); }
var total = 3725;
console.log(pad2(Math.floor(total / 3600)) + ":" + pad2(Math.floor(total % 3600 / 60)) + ":" + pad2(total % 60));
console.log((1234.5).toFixed(0), (0.5).toFixed(0), (1.45).toFixed(1), (-1.45).toFixed(1));
console.log((0.1).toFixed(1), (0.05).toFixed(1), (0.15).toFixed(1), (0.25).toFixed(1));
