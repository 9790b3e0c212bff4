// Number-to-string output parses back to the identical number.
var samples = [0.1, 0.2, 0.3, 1 / 3, Math.PI, Math.E, 1e21, 1e-7, 123.456e78, 5e-324, 1.7976931348623157e308,
  0.1 + 0.2, 2 / 3, 100 / 3, 4.35, 0.000001, 1234567.891, -98765.4321e-12];
var allRoundTrip = true;
for (var i = 0; i < samples.length; i++) {
  var s = String(samples[i]);
  var back = Number(s);
  if (back !== samples[i]) allRoundTrip = false;
  console.log(s, back === samples[i]);
}
console.log("all round trip:", allRoundTrip);
